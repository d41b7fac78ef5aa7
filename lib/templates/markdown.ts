import { Lexer, type Token, type Tokens } from 'marked';
import { markdownBudgetProblem, MARKDOWN_LIMITS } from './markdown-limits';
import { errorMessage } from '../messages/errors';
import type { LegacyText, MessageRef } from '../messages/format';
import { localNumber, message } from '../messages/reference';

/**
 * A template's Markdown as plain text for the composer: Facebook and Instagram show no Markdown. (The
 * sanitised HTML rendering for pages is in markdown-html.ts, so the background does not carry DOMPurify.)
 */

function inline(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) out += inlineToken(token);
  return out;
}

function inlineToken(token: Token): string {
  switch (token.type) {
    case 'text':
      return 'tokens' in token && token.tokens ? inline(token.tokens) : decodeEntities((token as Tokens.Text).text);
    case 'escape':
      return (token as Tokens.Escape).text;
    case 'strong':
    case 'em':
    case 'del':
      return inline((token as Tokens.Strong).tokens);
    case 'codespan':
      return decodeEntities((token as Tokens.Codespan).text);
    case 'br':
      return '\n';
    case 'link': {
      const link = token as Tokens.Link;
      const label = inline(link.tokens);
      return label === link.href || `mailto:${label}` === link.href ? label : `${label} (${link.href})`;
    }
    case 'image':
      return (token as Tokens.Image).text;
    case 'html':
      return stripTags((token as Tokens.HTML).text);
    default:
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
  }
}

function listLines(list: Tokens.List, indent: string): string[] {
  const lines: string[] = [];
  const start = typeof list.start === 'number' ? list.start : 1;
  list.items.forEach((item, index) => {
    const bullet = list.ordered ? `${start + index}.` : '•';
    const parts: string[] = [];
    const nested: string[] = [];
    for (const child of item.tokens) {
      if (child.type === 'list') nested.push(...listLines(child as Tokens.List, `${indent}  `));
      else if (child.type !== 'space') parts.push(blockText(child));
    }
    lines.push(`${indent}${bullet} ${parts.join(' ').trim()}`, ...nested);
  });
  return lines;
}

function blockText(token: Token): string {
  switch (token.type) {
    case 'paragraph':
    case 'heading':
      return inline((token as Tokens.Paragraph).tokens);
    case 'text':
      return inlineToken(token);
    case 'list':
      return listLines(token as Tokens.List, '').join('\n');
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens);
    case 'code':
      return (token as Tokens.Code).text;
    case 'hr':
      return '———';
    case 'html':
      return stripTags((token as Tokens.HTML).text).trim();
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => cells.map((cell) => inline(cell.tokens)).join(' | ');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    default:
      return '';
  }
}

function blocks(tokens: readonly Token[]): string {
  return tokens
    .filter((token) => token.type !== 'space')
    .map(blockText)
    .filter((text) => text !== '')
    .join('\n\n');
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_whole, name: string) => ENTITIES[name] ?? '');
}

/** Plain text for the composer: paragraphs apart by a blank line, line breaks kept, lists as bullet lines. */
export function markdownToPlainText(markdown: string): string {
  return blocks(new Lexer({ gfm: true, breaks: true }).lex(markdown)).trim();
}

/** Stored (lib/templates/rendered-bodies.ts): a reason written by an older Pandu may be two-language text. */
export type RenderedBody = { ok: true; text: string } | { ok: false; reason: MessageRef | LegacyText };

/**
 * A template body as plain text, or why it cannot be: over the limits of markdown-limits.ts, or failing in
 * the parser anyway. Never throws, so one bad template cannot take the others down with it.
 */
export function renderPlainBody(body: string): RenderedBody {
  const problem = markdownBudgetProblem(body);
  if (problem) return { ok: false, reason: problem };
  let text: string;
  try {
    text = markdownToPlainText(body);
  } catch (error) {
    return { ok: false, reason: message('problem.markdownFailed', { detail: errorMessage(error) }) };
  }
  if (text.length > MARKDOWN_LIMITS.renderedChars)
    return {
      ok: false,
      reason: message('problem.markdownTooLong', {
        length: localNumber(text.length),
        max: localNumber(MARKDOWN_LIMITS.renderedChars),
      }),
    };
  return { ok: true, text };
}
