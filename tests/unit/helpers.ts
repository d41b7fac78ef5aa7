import { storedText, type Language, type LegacyText, type MessageRef } from '@/lib/messages/format';
import { translator } from '@/lib/messages/i18n';
import type { Workspace } from '@/lib/workspace';
import { builtInData } from '@/lib/workspace/defaults';
import type { GuidelineRules, Profile, Stage, StageCalendar, TemplatePack } from '@/lib/schemas';
import type { PostRecord } from '@/lib/posts/schema';
import type { Settings } from '@/lib/workspace/settings';

/** Deep copies of the built-in data, for tests that change a field. */
export function defaults(): { calendar: StageCalendar; rules: GuidelineRules; pack: TemplatePack } {
  return structuredClone(builtInData());
}

export const PPK_PROFILE: Profile = {
  schemaVersion: 1,
  role: 'ppk',
  province: 'Jawa Tengah',
  kabupaten: 'Jepara',
  kecamatan: 'Tahunan',
  accounts: { facebook: 'PPK Tahunan', instagram: 'ppk.tahunan' },
  timeZone: 'Asia/Jakarta',
  language: 'id',
};

export const PPS_PROFILE: Profile = {
  ...PPK_PROFILE,
  role: 'pps',
  desa: 'Mulyoharjo',
  accounts: { facebook: 'PPS Mulyoharjo', instagram: 'pps.mulyoharjo' },
};

export function stage(id: string, start: string, end: string, parent?: string): Stage {
  return { id, name: id, start, end, source: 'test', ...(parent ? { parent } : {}) };
}

export function calendarOf(stages: Stage[], timeZone: StageCalendar['timeZone'] = 'Asia/Jakarta'): StageCalendar {
  return { schemaVersion: 1, id: 'test', name: 'Test', timeZone, stages };
}

export function samplePost(overrides: Partial<PostRecord> = {}): PostRecord {
  return {
    id: 'post-0001-abcdef',
    platform: 'facebook',
    account: 'PPK Tahunan',
    hostUrl: 'https://www.facebook.com/',
    text: 'Coklit dimulai.\n\n#TemanPemilih',
    hashtags: ['#TemanPemilih'],
    stageIds: ['coklit'],
    templateId: 'coklit-sisa-hari',
    findings: { errors: 0, warnings: 1, infos: 0, rules: ['misspelling'] },
    status: 'published',
    source: 'detected',
    createdAt: 1_720_000_000_000,
    updatedAt: 1_720_000_000_000,
    ...overrides,
  };
}

/**
 * A complete workspace on the built-in data (deep copies) for the PPK profile, Indonesian; pass what a test
 * changes. Settings merge, so `{ settings: { simulatedDate } }` keeps the language.
 */
export function testWorkspace(
  overrides: Partial<Omit<Workspace, 'settings'>> & { settings?: Partial<Settings> } = {},
): Workspace {
  const { settings, ...rest } = overrides;
  return {
    ...defaults(),
    profile: PPK_PROFILE,
    plainBodies: {},
    drafts: [],
    profileMissing: [],
    packUpdate: null,
    dataNotices: [],
    ...rest,
    settings: { language: 'id', ...settings },
  };
}

/**
 * The control a visible label names (through its `for`), as an admin finds a field. Testing Library's
 * ByLabelText takes seconds per query on forms with hundreds of fields under jsdom, so long forms use this.
 */
export function fieldLabelled<T extends HTMLElement = HTMLInputElement>(text: string, root: ParentNode = document): T {
  const label = [...root.querySelectorAll('label')].find((entry) => entry.textContent?.trim() === text);
  const control = label?.htmlFor
    ? document.getElementById(label.htmlFor)
    : label?.querySelector('input,select,textarea');
  if (!control) throw new Error(`No field labelled "${text}"`);
  return control as T;
}

/** A workspace of the built-in data for a profile, as the pages get it. */
export const workspaceFor = (profile = PPK_PROFILE): Workspace => testWorkspace({ profile });

/** A message reference (or older two-language text) as the admin reads it: Indonesian unless asked. */
export const say = (value: MessageRef | LegacyText, language: Language = 'id'): string =>
  storedText(value, translator(language));
