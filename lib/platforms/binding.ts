import type { Platform } from './platform';
import type { AttachOutcome } from './attach';
import { readEditorText, writeEditorText, type WriteOutcome } from './lexical-dom';

/** One composer, as the sidebar sees it: read, write, and hear about edits. */
export interface ComposerBinding {
  platform: Platform;
  readText(): string;
  write(text: string, mode: 'append' | 'replace'): Promise<WriteOutcome>;
  /** Calls back after edits (typing, pastes, the site's own changes); returns a function that stops it. */
  onChange(listener: () => void): () => void;
  /** Attaches images to the composer (absent where a composer takes no files, as on the practice page). */
  attach?(files: readonly File[]): Promise<AttachOutcome>;
}

/** Binds a Lexical editor element. Observes that element's subtree only, and only while someone listens. */
export function bindEditor(
  editor: HTMLElement,
  platform: Platform,
  attach?: (files: readonly File[]) => Promise<AttachOutcome>,
): ComposerBinding {
  return {
    platform,
    ...(attach ? { attach } : {}),
    readText: () => readEditorText(editor),
    write: (text, mode) => writeEditorText(editor, text, mode),
    onChange(listener) {
      const observer = new MutationObserver(() => listener());
      observer.observe(editor, { childList: true, characterData: true, subtree: true });
      return () => observer.disconnect();
    },
  };
}
