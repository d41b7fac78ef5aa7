import { browser } from 'wxt/browser';
import { dataInUse, draftsItem, templateName, type DataNotice } from './data-store';
import { renderTemplates } from '../templates/rendered-bodies';
import { availablePack, packSubscriptionItem } from './remote-pack';
import {
  problem,
  problemsFromZod,
  templateBodyProblem,
  templateSchema,
  type Problem,
  type StageCalendar,
  type Template,
} from '../schemas';
import type { Workspace } from './';

/** The part of the workspace built from stored files: validated, converted, and kept until they change. */
export type WorkspaceData = Pick<
  Workspace,
  'calendar' | 'pack' | 'rules' | 'drafts' | 'plainBodies' | 'packUpdate' | 'dataNotices'
>;

/**
 * The admin's drafts usable with the calendar in use: a draft that no longer validates (its stages gone from
 * the calendar, a body too costly to convert) is left out and named rather than breaking the sidebar.
 */
function usableDrafts(stored: unknown, calendar: StageCalendar): { drafts: Template[]; skipped: DataNotice | null } {
  const list: unknown[] = Array.isArray(stored) ? stored : [];
  const stageIds = new Set(calendar.stages.map((stage) => stage.id));
  const drafts: Template[] = [];
  const problems: Problem[] = [];
  const names: { id: string; title: string }[] = [];
  list.forEach((entry, index) => {
    const parsed = templateSchema.safeParse(entry);
    const found = parsed.success
      ? [
          ...parsed.data.stages
            .filter((id) => !stageIds.has(id))
            .map((id) => problem([index, 'stages'], 'problem.unknownStage', { id })),
          ...templateBodyProblem(parsed.data, [index, 'body']),
        ]
      : problemsFromZod(parsed.error, entry).map((found) => ({ ...found, path: `[${index}].${found.path}` }));
    if (parsed.success && found.length === 0) drafts.push(parsed.data);
    else {
      problems.push(...found);
      names.push(templateName(entry, index));
    }
  });
  return {
    drafts,
    skipped:
      names.length === 0
        ? null
        : { kind: 'drafts', outcome: 'skipped', problems: problems.slice(0, 20), templates: names },
  };
}

/** Validates the stored files, converts the bodies not converted before, and names whatever is left out. */
async function assembleWorkspaceData(): Promise<WorkspaceData> {
  const { imported: _imported, notices, ...data } = await dataInUse();
  const waiting = availablePack(await packSubscriptionItem.getValue(), data.calendar);
  const { drafts, skipped } = usableDrafts(await draftsItem.getValue(), data.calendar);
  const rendered = await renderTemplates([...data.pack.templates, ...drafts]);
  // A body that converts to nothing usable is left out and named, never fatal to the others.
  const failed = new Set(rendered.failed.map((entry) => entry.template));
  const failedNotices = (kind: 'pack' | 'drafts', from: readonly Template[]): DataNotice[] => {
    const entries = rendered.failed.filter((entry) => from.includes(entry.template));
    return entries.length === 0
      ? []
      : [
          {
            kind,
            outcome: 'skipped',
            problems: entries.map((entry) =>
              problem([], 'problem.template', { id: entry.template.id, reason: entry.reason }),
            ),
            templates: entries.map((entry) => ({ id: entry.template.id, title: entry.template.title })),
          },
        ];
  };
  return {
    ...data,
    pack: { ...data.pack, templates: data.pack.templates.filter((template) => !failed.has(template)) },
    drafts: drafts.filter((draft) => !failed.has(draft)),
    plainBodies: rendered.plainBodies,
    packUpdate: waiting?.ok ? { issuer: waiting.pack.issuer, version: waiting.pack.version } : null,
    dataNotices: [
      ...notices,
      ...failedNotices('pack', data.pack.templates),
      ...(skipped ? [skipped] : []),
      ...failedNotices('drafts', drafts),
    ],
  };
}

/** The storage keys the workspace data is built from; a change to any of them builds it again. */
const DATA_KEYS = ['calendar', 'pack', 'rules', 'drafts', 'packSubscription'];

/**
 * The workspace data, built once and kept until one of the files it comes from changes in storage: every
 * page and sidebar load asks for it, and validating a 1 MB pack each time would cost more than the rest.
 */
export function workspaceDataCache(): () => Promise<WorkspaceData> {
  let built: Promise<WorkspaceData> | null = null;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && DATA_KEYS.some((key) => Object.hasOwn(changes, key))) built = null;
  });
  return () => {
    const current = (built ??= assembleWorkspaceData());
    // A failure is not kept: the next load tries again.
    current.catch(() => {
      if (built === current) built = null;
    });
    return current;
  };
}
