import { storage } from 'wxt/utils/storage';
import { builtInData, type BuiltInData } from './defaults';
import {
  parseCalendar,
  parseRules,
  parseTemplatePack,
  type GuidelineRules,
  type StageCalendar,
  type Template,
  type TemplatePack,
} from './schemas';

/**
 * Data KPU Kabupaten hands out, imported by the admin, replacing the built-in files. Each is stored as the
 * validated JSON; nothing is stored that did not validate against the calendar in use.
 */
export const calendarItem = storage.defineItem<StageCalendar | null>('local:calendar', { fallback: null });
export const packItem = storage.defineItem<TemplatePack | null>('local:pack', { fallback: null });
export const rulesItem = storage.defineItem<GuidelineRules | null>('local:rules', { fallback: null });

/** The admin's own drafts: copies of approved templates, never approved themselves. */
export const draftsItem = storage.defineItem<Template[]>('local:drafts', { fallback: [] });

/** The calendar KPU staff are writing on the authoring page. */
export const authoringCalendarItem = storage.defineItem<StageCalendar | null>('local:authoringCalendar', {
  fallback: null,
});

/** The guideline rules KPU staff are writing on the authoring page. */
export const authoringRulesItem = storage.defineItem<GuidelineRules | null>('local:authoringRules', { fallback: null });

/** The pack KPU staff are writing on the authoring page (any shape while it is being written). */
export const authoringPackItem = storage.defineItem<TemplatePack | null>('local:authoringPack', { fallback: null });

/**
 * The data in use: each imported file when present and still valid together, else the built-in one. (A
 * stored file that no longer validates, say after an update changed the schema, falls back rather than
 * breaking the sidebar; the settings page shows which is in use.)
 */
export async function dataInUse(): Promise<
  BuiltInData & { imported: { calendar: boolean; pack: boolean; rules: boolean } }
> {
  const builtIn = builtInData();
  const [storedCalendar, storedPack, storedRules] = await Promise.all([
    calendarItem.getValue(),
    packItem.getValue(),
    rulesItem.getValue(),
  ]);
  const calendarResult = storedCalendar ? parseCalendar({ json: storedCalendar }) : null;
  const calendar = calendarResult?.ok ? calendarResult.value : builtIn.calendar;
  const packResult = storedPack ? parseTemplatePack({ json: storedPack }, calendar) : null;
  const rulesResult = storedRules ? parseRules({ json: storedRules }, calendar) : null;
  return {
    calendar,
    pack: packResult?.ok ? packResult.value : builtIn.pack,
    rules: rulesResult?.ok ? rulesResult.value : builtIn.rules,
    imported: { calendar: !!calendarResult?.ok, pack: !!packResult?.ok, rules: !!rulesResult?.ok },
  };
}
