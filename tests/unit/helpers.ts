import type { Workspace } from '@/lib/workspace';
import { builtInData } from '@/lib/defaults';
import type { GuidelineRules, Profile, Stage, StageCalendar, TemplatePack } from '@/lib/schemas';
import type { PostRecord } from '@/lib/schemas/post';

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

/** A workspace of the built-in data for a profile, as the pages get it. */
export function workspaceFor(profile = PPK_PROFILE): Workspace {
  const { calendar, rules, pack } = defaults();
  return {
    calendar,
    rules,
    pack,
    profile,
    settings: { language: 'id' },
    plainBodies: {},
    dataNotices: [],
    profileMissing: [],
    packUpdate: null,
    drafts: [],
  };
}
