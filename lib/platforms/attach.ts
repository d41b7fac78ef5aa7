/**
 * Attaching images to a composer the way a person would: through the composer's own file chooser
 * (`input[type=file]`, which both sites keep in the composer's dialog), else by pasting the files into the
 * editor. Either counts only once the site shows its preview of the attachment; when neither takes, the
 * image goes on the clipboard and the admin pastes it. Selectors here are structural (input types, blob:
 * previews), never class names.
 */
import { EDITABLE_SELECTOR } from './types';

export type AttachOutcome =
  { result: 'attached'; method: 'input' | 'paste' } | { result: 'clipboard' } | { result: 'failed' };

/** The composer's file chooser that takes images (an `accept` without images is some other chooser). */
export function imageFileInput(scope: ParentNode): HTMLInputElement | null {
  for (const input of scope.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
    const accept = (input.getAttribute('accept') ?? '').toLowerCase();
    if (accept === '' || /image\/|\.(png|jpe?g|webp)\b/.test(accept)) return input;
  }
  return null;
}

/**
 * How many attachments the composer previews. Both sites preview a chosen file from a `blob:` address of
 * its own (an `img` or `video`, or a background image at the crop step), outside the text editor.
 */
export function attachmentPreviews(scope: ParentNode): number {
  let count = 0;
  for (const element of scope.querySelectorAll<HTMLElement>('img, video, [style*="blob:"]')) {
    if (element.closest(EDITABLE_SELECTOR)) continue;
    const source = element.getAttribute('src') ?? '';
    if (source.startsWith('blob:') || (element.getAttribute('style') ?? '').includes('blob:')) count++;
  }
  return count;
}

/** How long the site may take to show its preview (it reads and shrinks the file first). */
const PREVIEW_WAIT_MS = 5000;
const POLL_MS = 50;

async function previewAppears(scope: () => ParentNode | null, before: number): Promise<boolean> {
  const deadline = Date.now() + PREVIEW_WAIT_MS;
  while (Date.now() < deadline) {
    const root = scope();
    if (root && attachmentPreviews(root) > before) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
}

function filesOf(files: readonly File[]): DataTransfer {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer;
}

/** Copies the first image to the clipboard (browsers take one PNG image there; others are converted). */
async function copyImage(file: File): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
  try {
    await navigator.clipboard.write([new ClipboardItem({ [file.type]: file })]);
    return true;
  } catch {
    if (file.type === 'image/png' || typeof createImageBitmap !== 'function') return false;
    try {
      const bitmap = await createImageBitmap(file);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
      bitmap.close();
      const png = await canvas.convertToBlob({ type: 'image/png' });
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Attaches `files` to the composer held by `container` (a dialog, or an inline composer's block): its file
 * input first, then a paste into `editor`, each verified by a new preview; then the clipboard.
 */
export async function attachFiles(
  container: () => HTMLElement | null,
  editor: HTMLElement | null,
  files: readonly File[],
  copy: (file: File) => Promise<boolean> = copyImage,
): Promise<AttachOutcome> {
  const first = files[0];
  if (!first) return { result: 'attached', method: 'input' };
  const scope = container();
  const before = scope ? attachmentPreviews(scope) : 0;
  const input = scope ? imageFileInput(scope) : null;
  if (input) {
    input.files = filesOf(input.multiple ? files : [first]).files;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    if (await previewAppears(container, before)) return { result: 'attached', method: 'input' };
  }
  if (editor?.isConnected) {
    editor.focus();
    editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: filesOf(files), bubbles: true, cancelable: true }),
    );
    if (await previewAppears(container, before)) return { result: 'attached', method: 'paste' };
  }
  return (await copy(first)) ? { result: 'clipboard' } : { result: 'failed' };
}
