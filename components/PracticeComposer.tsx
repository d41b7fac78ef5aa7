import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEditor } from 'lexical';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A real Lexical editor, built like the sites' composers (a contenteditable textbox, rich text, paste),
 * so practice exercises the same insertion path as Facebook and Instagram.
 */
export function PracticeComposer({ label, onReady }: { label: string; onReady(element: HTMLElement | null): void }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = element.current;
    if (!root) return;
    const editor = createEditor({
      namespace: 'pandu-practice',
      nodes: [HeadingNode, QuoteNode],
      onError: (error) => console.error(error),
    });
    editor.setRootElement(root);
    const unregister = registerRichText(editor);
    onReady(root);
    return () => {
      unregister();
      editor.setRootElement(null);
      onReady(null);
    };
  }, []);
  return (
    <div
      ref={element}
      class="practice-editor"
      contentEditable
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      spellcheck
    />
  );
}
