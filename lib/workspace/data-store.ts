import { storage } from 'wxt/utils/storage';
import { builtInData, type BuiltInData } from './defaults';
import {
  parseCalendar,
  parseRules,
  parseTemplatePack,
  type GuidelineRules,
  type Problem,
  type StageCalendar,
  type Template,
  type TemplatePack,
} from '../schemas';

/**
 * Data KPU Kabupaten hands out, imported by the admin, replacing the built-in files. Each is stored as the
 * validated JSON; nothing is stored that did not validate against the calendar in use.
 */
export const calendarItem = storage.defineItem<StageCalendar | null>('local:calendar', { fallback: null });
export const packItem = storage.defineItem<TemplatePack | null>('local:pack', { fallback: null });
export const rulesItem = storage.defineItem<GuidelineRules | null>('local:rules', { fallback: null });

/** The three files KPU Kabupaten hands out, by kind: removing one brings back the built-in one. */
export const KPU_DATA_ITEMS = { calendar: calendarItem, pack: packItem, rules: rulesItem } as const;

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

/** Something wrong with stored data, said on every page: what Pandu did instead, and why. */
export interface DataNotice {
  kind: 'calendar' | 'pack' | 'rules' | 'drafts';
  /**
   * `unreadable`: the stored file no longer validates and Pandu uses its built-in one instead (resetting
   * removes the stored file). `skipped`: the templates named are left out; the rest is in use.
   */
  outcome: 'unreadable' | 'skipped';
  problems: Problem[];
  /** For `skipped`: the templates (or drafts) left out. */
  templates?: { id: string; title: string }[];
}

const TEMPLATE_AT = /^templates\[(\d+)\]/;

/** The templates a file's problems lie in; null when some problem lies outside every template. */
function brokenTemplates(problems: readonly Problem[]): Set<number> | null {
  const indices = new Set<number>();
  for (const entry of problems) {
    const match = TEMPLATE_AT.exec(entry.path);
    if (!match) return null;
    indices.add(Number(match[1]));
  }
  return indices;
}

/** A template's name for a notice, read defensively: the template is the part that did not validate. */
export function templateName(template: unknown, index: number): { id: string; title: string } {
  const fields = (typeof template === 'object' && template !== null ? template : {}) as Record<string, unknown>;
  return {
    id: typeof fields.id === 'string' ? fields.id.slice(0, 80) : `#${index + 1}`,
    title: typeof fields.title === 'string' ? fields.title.slice(0, 160) : '',
  };
}

/**
 * A stored pack as far as it can be used: whole when it validates; without its broken templates when the
 * problems lie only in some of them (one broken template is skipped and named, never fatal); else null.
 */
function usableStoredPack(
  stored: TemplatePack,
  calendar: StageCalendar,
): { pack: TemplatePack; notice?: DataNotice } | { pack: null; notice: DataNotice } {
  const whole = parseTemplatePack({ json: stored }, calendar);
  if (whole.ok) return { pack: whole.value };
  const broken = brokenTemplates(whole.problems);
  const templates: unknown[] = Array.isArray((stored as { templates?: unknown }).templates) ? stored.templates : [];
  const kept = templates.filter((_, index) => !broken?.has(index));
  if (broken && kept.length > 0) {
    const rest = parseTemplatePack({ json: { ...stored, templates: kept } }, calendar);
    if (rest.ok)
      return {
        pack: rest.value,
        notice: {
          kind: 'pack',
          outcome: 'skipped',
          problems: whole.problems,
          templates: [...broken].sort((a, b) => a - b).map((index) => templateName(templates[index], index)),
        },
      };
  }
  return { pack: null, notice: { kind: 'pack', outcome: 'unreadable', problems: whole.problems } };
}

/** Keeps the first problems of an unreadable file: enough to act on, small enough to send to every page. */
const NOTICE_PROBLEMS = 20;

/**
 * The data in use: each imported file when present and still valid together, else the built-in one. A
 * stored file that no longer validates (an update changed the schema, or it predates a limit) falls back
 * rather than breaking the sidebar, and `notices` says so on every page.
 */
export async function dataInUse(): Promise<
  BuiltInData & { imported: { calendar: boolean; pack: boolean; rules: boolean }; notices: DataNotice[] }
> {
  const builtIn = builtInData();
  const [storedCalendar, storedPack, storedRules] = await Promise.all([
    calendarItem.getValue(),
    packItem.getValue(),
    rulesItem.getValue(),
  ]);
  const notices: DataNotice[] = [];
  const unreadable = (kind: DataNotice['kind'], problems: Problem[]) =>
    notices.push({ kind, outcome: 'unreadable', problems: problems.slice(0, NOTICE_PROBLEMS) });

  const calendarResult = storedCalendar ? parseCalendar({ json: storedCalendar }) : null;
  if (calendarResult && !calendarResult.ok) unreadable('calendar', calendarResult.problems);
  const calendar = calendarResult?.ok ? calendarResult.value : builtIn.calendar;

  const packResult = storedPack ? usableStoredPack(storedPack, calendar) : null;
  if (packResult?.notice)
    notices.push({ ...packResult.notice, problems: packResult.notice.problems.slice(0, NOTICE_PROBLEMS) });

  const rulesResult = storedRules ? parseRules({ json: storedRules }, calendar) : null;
  if (rulesResult && !rulesResult.ok) unreadable('rules', rulesResult.problems);

  return {
    calendar,
    pack: packResult?.pack ?? builtIn.pack,
    rules: rulesResult?.ok ? rulesResult.value : builtIn.rules,
    imported: { calendar: !!calendarResult?.ok, pack: !!packResult?.pack, rules: !!rulesResult?.ok },
    notices,
  };
}
