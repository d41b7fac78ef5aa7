import DOMPurify, { type Config } from 'dompurify';
import { marked } from 'marked';
import { markdownBudgetProblem } from './markdown-limits';
import { errorMessage } from '../messages/errors';
import type { MessageRef } from '../messages/format';
import { message } from '../messages/reference';

/** Markdown as sanitised HTML, for previews and printable pages (never for the composer). */

const SANITIZE: Config = {
  ALLOWED_TAGS: ['p', 'br', 'strong', 'b', 'em', 'i', 'del', 's', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4'],
  ALLOWED_ATTR: ['href', 'title'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
};

let purifier: ReturnType<typeof DOMPurify> | undefined;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (!purifier) {
    purifier = DOMPurify(globalThis.window);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
  }
  return purifier;
}

/**
 * Sanitised HTML for previews: marked renders, DOMPurify keeps only formatting tags and http(s)/mailto links,
 * so `<script>`, event handlers, images (which would load remote content) and `javascript:` links are gone.
 */
export function markdownToSafeHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return getPurifier().sanitize(html, { ...SANITIZE, RETURN_TRUSTED_TYPE: false }) as string;
}

/**
 * A template body as a preview: sanitised HTML, or why it cannot be shown (over the limits of
 * markdown-limits.ts, or failing in the parser anyway). Never throws.
 */
export function templatePreviewHtml(markdown: string): { ok: true; html: string } | { ok: false; reason: MessageRef } {
  const problem = markdownBudgetProblem(markdown);
  if (problem) return { ok: false, reason: problem };
  try {
    return { ok: true, html: markdownToSafeHtml(markdown) };
  } catch (error) {
    return { ok: false, reason: message('problem.markdownFailed', { detail: errorMessage(error) }) };
  }
}
