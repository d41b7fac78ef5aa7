/**
 * Reading and writing a Lexical editor from outside it (a content script cannot see the page's JavaScript
 * objects, only the DOM). Lexical reverts direct DOM edits, so text goes in the way a person's would: a
 * paste event, or beforeinput events line by line (docs/sites.md, "Inserting text"), and is verified by reading the DOM back.
 */

/** One line per paragraph, as the site posts it; Lexical's placeholder <br> in an empty paragraph is empty. */
export function readEditorText(editor: HTMLElement): string {
  const lines: string[] = [];
  for (const block of editor.children) {
    if (block.tagName === 'UL' || block.tagName === 'OL') {
      for (const item of block.children) lines.push(inlineText(item));
    } else lines.push(inlineText(block));
  }
  if (editor.children.length === 0) return normalise(editor.textContent ?? '');
  return lines.join('\n');
}

function inlineText(node: Node): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) out += (child as Text).data;
    else if (child instanceof HTMLBRElement) out += child.hasAttribute('data-lexical-managed-linebreak') ? '' : '\n';
    else out += inlineText(child);
  }
  return normalise(out);
}

const normalise = (text: string) => text.replace(/[\u200b\ufeff]/g, '').replace(/\u00a0/g, ' ');

/** Compares texts the way a reader would: the same lines, ignoring trailing spaces. */
export function sameText(a: string, b: string): boolean {
  const lines = (text: string) =>
    normalise(text)
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();
  return lines(a) === lines(b);
}

const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function placeCaret(editor: HTMLElement, mode: 'end' | 'all'): void {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  if (mode === 'end') range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function pasteText(editor: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

function typeLines(editor: HTMLElement, text: string): void {
  text.split('\n').forEach((line, index) => {
    if (index > 0)
      editor.dispatchEvent(
        new InputEvent('beforeinput', { inputType: 'insertParagraph', bubbles: true, cancelable: true }),
      );
    if (line !== '')
      editor.dispatchEvent(
        new InputEvent('beforeinput', { inputType: 'insertText', data: line, bubbles: true, cancelable: true }),
      );
  });
}

export type WriteOutcome =
  | { result: 'inserted'; method: 'paste' | 'beforeinput' }
  | { result: 'clipboard' }
  | { result: 'failed' }
  /** Kept for a later step of the composer (Instagram's caption comes after its media step). */
  | { result: 'deferred' };

/**
 * Puts `text` in the editor: `append` adds it after what is there (a blank line apart), `replace` replaces
 * everything (used by fixes). Tries a paste, then typed lines, verifying after each; when neither took,
 * copies the text to the clipboard so the admin can paste it, and says so.
 */
export async function writeEditorText(
  editor: HTMLElement,
  text: string,
  mode: 'append' | 'replace',
  copyToClipboard: (text: string) => Promise<void> = (value) => navigator.clipboard.writeText(value),
): Promise<WriteOutcome> {
  const before = readEditorText(editor);
  const appendable = mode === 'append' && before.trim() !== '';
  const expected = mode === 'replace' ? text : appendable ? `${before.trimEnd()}\n\n${text}` : text;
  const piece = appendable ? `\n\n${text}` : text;

  for (const method of ['paste', 'beforeinput'] as const) {
    editor.focus();
    // Lexical takes the DOM selection asynchronously: place the caret, then give it a tick.
    placeCaret(editor, mode === 'replace' || !appendable ? 'all' : 'end');
    await tick();
    if (method === 'paste') pasteText(editor, piece);
    else typeLines(editor, piece);
    await tick(20);
    const now = readEditorText(editor);
    if (sameText(now, expected)) return { result: 'inserted', method };
    // A failed attempt may have left part of the text: restore what was there before trying again.
    if (!sameText(now, before)) {
      placeCaret(editor, 'all');
      await tick();
      if (before === '')
        editor.dispatchEvent(
          new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true }),
        );
      else pasteText(editor, before);
      await tick(20);
    }
  }
  try {
    await copyToClipboard(text);
    return { result: 'clipboard' };
  } catch {
    return { result: 'failed' };
  }
}
