import { storage } from 'wxt/utils/storage';
import { renderPlainBody, type RenderedBody } from './markdown';
import type { Template } from '../schemas';
import type { LegacyText, MessageRef } from '../messages/format';

/**
 * Each template body converted to plain text, stored by a fingerprint of the body: a body is converted once
 * (when its pack or draft is installed, or first met) and reused on every load after, so loading the
 * workspace runs no Markdown parser at all. Cleared when Pandu is installed or updated, in case the
 * conversion itself changed.
 */
export const renderedBodiesItem = storage.defineItem<Record<string, RenderedBody>>('local:renderedBodies', {
  fallback: {},
});

/** FNV-1a over UTF-16 code units, from `seed`. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let at = 0; at < text.length; at++) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A body's key in the store: its length and two 32-bit hashes (a mix-up would need all three to agree). */
export function bodyFingerprint(body: string): string {
  const first = fnv1a(body, 0x811c9dc5);
  return `${body.length.toString(36)}-${first.toString(36)}-${fnv1a(body, first ^ body.length).toString(36)}`;
}

export interface RenderedTemplates {
  /** Plain text by template id, for every template that converted. */
  plainBodies: Record<string, string>;
  /** Templates whose body could not be converted, with why: left out, and named to the admin. */
  failed: { template: Template; reason: MessageRef | LegacyText }[];
}

/**
 * Plain text for each template, from the store where converted before, converting the rest once. The store
 * keeps only the bodies asked for last, so it never outgrows the data in use.
 */
export async function renderTemplates(templates: readonly Template[]): Promise<RenderedTemplates> {
  const stored = await renderedBodiesItem.getValue();
  const kept: Record<string, RenderedBody> = {};
  const result: RenderedTemplates = { plainBodies: {}, failed: [] };
  let converted = false;
  for (const template of templates) {
    const key = bodyFingerprint(template.body);
    let rendered = kept[key] ?? (Object.hasOwn(stored, key) ? stored[key] : undefined);
    if (!rendered) {
      rendered = renderPlainBody(template.body);
      converted = true;
    }
    kept[key] = rendered;
    if (rendered.ok) result.plainBodies[template.id] = rendered.text;
    else result.failed.push({ template, reason: rendered.reason });
  }
  if (converted || Object.keys(stored).length !== Object.keys(kept).length) await renderedBodiesItem.setValue(kept);
  return result;
}
