import type { BuiltInData } from './defaults';
import { calendarItem, packItem, rulesItem } from './data-store';
import { missingImageProblems, type PackImage } from '../images/pack-images';
import { removeImagesNoTemplateUses } from '../images/serve';
import { storeImages } from '../images/store';

import { renderTemplates } from '../templates/rendered-bodies';
import {
  parseCalendar,
  parseRules,
  parseTemplatePack,
  type GuidelineRules,
  type Problem,
  type StageCalendar,
  type TemplatePack,
} from '../schemas';
import { openDatabase } from '../posts/database';

/** A file of KPU Kabupaten's that validated, waiting for the admin to agree. */
export type ValidImport =
  | {
      kind: 'pack';
      value: TemplatePack;
      /** The images that came with it (a .zip, downloads of its addresses), checked, to store on install. */
      images?: PackImage[];
      /** Worth saying before installing (an image a platform crops), not reasons to refuse. */
      warnings?: Problem[];
    }
  | { kind: 'calendar'; value: StageCalendar }
  | { kind: 'rules'; value: GuidelineRules };

export type ImportKind = ValidImport['kind'];

/**
 * Checks a file against the data in use: a pack and rules against the calendar in use; a calendar against
 * the pack and rules in use (they must still find their stages in it). Nothing is stored.
 */
export function checkImport(
  kind: ImportKind,
  text: string,
  inUse: BuiltInData,
  /** Images Pandu holds already (by SHA-256): a JSON pack may name only those, or https addresses. */
  storedImages: ReadonlySet<string> = new Set(),
): { ok: true; value: ValidImport } | { ok: false; problems: Problem[] } {
  if (kind === 'pack') {
    const result = parseTemplatePack(text, inUse.calendar);
    if (!result.ok) return result;
    const missing = missingImageProblems(result.value, storedImages);
    return missing.length > 0 ? { ok: false, problems: missing } : { ok: true, value: { kind, value: result.value } };
  }
  if (kind === 'rules') {
    const result = parseRules(text, inUse.calendar);
    return result.ok ? { ok: true, value: { kind, value: result.value } } : result;
  }
  const result = parseCalendar(text);
  if (!result.ok) return result;
  const pack = parseTemplatePack({ json: inUse.pack }, result.value);
  const rules = parseRules({ json: inUse.rules }, result.value);
  const problems = [...(pack.ok ? [] : pack.problems), ...(rules.ok ? [] : rules.problems)];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { kind, value: result.value } };
}

/**
 * Installs a checked file. A pack's bodies are converted now, once, and stored: the sidebar and pages reuse
 * that text from then on and run no Markdown parser when they load.
 */
export async function installImport(valid: ValidImport): Promise<void> {
  if (valid.kind === 'pack') {
    await renderTemplates(valid.value.templates);
    // Images first: should storing the pack fail, the old pack is in use and the extra images harmless.
    await storeImages(openDatabase(), valid.images ?? []);
    await packItem.setValue(valid.value);
    await removeImagesNoTemplateUses(openDatabase());
  } else if (valid.kind === 'calendar') await calendarItem.setValue(valid.value);
  else await rulesItem.setValue(valid.value);
}
