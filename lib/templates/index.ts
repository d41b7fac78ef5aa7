import { stageLabel, type StageClock, type StageView } from '../calendar';
import { formatLongDate } from '../dates';
import { hashtagLimitFor, profileTagValues, requiredHashtags } from '../guidelines/required-hashtags';
import { fillHashtagTemplate, tagKey } from '../hashtags';
import type { Platform } from '../platforms/platform';
import type { GuidelineRules, Profile, Stage, Template, TemplatePack } from '../schemas';
import { KPU_WORDS } from '../messages/fixed';
import type { Say } from '../messages/format';
import { message } from '../messages/reference';

/**
 * Every placeholder a template may use. What each becomes is the `placeholder.<name>` message (shown as help
 * to template authors, and as the label when the sidebar asks for a value).
 */
export const PLACEHOLDERS = [
  'badan',
  'kecamatan',
  'kabupaten',
  'provinsi',
  'desa',
  'akun',
  'tanggal',
  'tahapan',
  'tahapan_mulai',
  'tahapan_selesai',
  'sisa_hari',
  'hari_menuju',
  'tahapan_berikut',
  'tahapan_berikut_mulai',
  'acara_tanggal',
  'acara_waktu',
  'acara_tempat',
  'wilayah',
  'desa_kelurahan',
  'kontak',
  'tempat_layanan',
  'jam_layanan',
  'pemilih_laki',
  'pemilih_perempuan',
  'jumlah_pemilih',
  'jumlah_tps',
  'pilkada_provinsi',
  'pilkada_kabupaten',
  'tagar',
] as const;

export type PlaceholderName = (typeof PLACEHOLDERS)[number];

const isPlaceholder = (name: string): name is PlaceholderName => (PLACEHOLDERS as readonly string[]).includes(name);

/** What a placeholder becomes, in words; an unknown one shows as its name. */
export const placeholderHelp = (name: string, t: Say): string =>
  isPlaceholder(name) ? t(message(`placeholder.${name}`)) : name;

export const PLACEHOLDER_PATTERN = /\{\{\s*([^{}\s]*)\s*\}\}/g;

export interface RankedTemplate {
  template: Template;
  /** The stage that made it relevant. */
  stage: Stage;
  /** `active`: its stage runs today; `upcoming`: its stage starts within the look-ahead. */
  reason: 'active' | 'upcoming';
  /** Days until the stage starts (0 when active). */
  daysUntil: number;
}

export interface RankOptions {
  platform: Platform;
  now: Date;
  /** How many days ahead a starting stage's templates are suggested. */
  lookAheadDays?: number;
}

/**
 * The pack's templates for today and a platform, best first: templates for the most specific active stage
 * (a sub-stage before its parent), then for stages starting soon (soonest first); pack order breaks ties.
 */
export function rankTemplates(pack: TemplatePack, clock: StageClock, options: RankOptions): RankedTemplate[] {
  const lookAhead = options.lookAheadDays ?? 14;
  const active = clock.active(options.now);
  const activeRank = new Map(active.map((view, index) => [view.stage.id, index]));
  const upcomingDays = new Map<string, number>();
  for (const stage of clock.calendar.stages) {
    const days = clock.daysUntil(stage, options.now);
    if (days > 0 && days <= lookAhead) upcomingDays.set(stage.id, days);
  }

  const scored: { ranked: RankedTemplate; score: number; order: number }[] = [];
  pack.templates.forEach((template, order) => {
    if (!template.platforms.includes(options.platform)) return;
    let best: { score: number; stageId: string; reason: 'active' | 'upcoming'; days: number } | null = null;
    for (const stageId of template.stages) {
      const rank = activeRank.get(stageId);
      const days = upcomingDays.get(stageId);
      const candidate =
        rank !== undefined
          ? { score: rank, stageId, reason: 'active' as const, days: 0 }
          : days !== undefined
            ? { score: 1000 + days, stageId, reason: 'upcoming' as const, days }
            : null;
      if (candidate && (!best || candidate.score < best.score)) best = candidate;
    }
    if (!best) return;
    const stage = clock.byId.get(best.stageId) as Stage;
    scored.push({ ranked: { template, stage, reason: best.reason, daysUntil: best.days }, score: best.score, order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((entry) => entry.ranked);
}

export interface FillContext {
  profile: Partial<Profile>;
  platform: Platform;
  now: Date;
  clock: StageClock;
  rules: GuidelineRules;
  language?: 'id' | 'en';
  /** Values the admin typed for placeholders the profile could not fill. */
  extra?: Readonly<Record<string, string>>;
  /** The admin's Instagram hashtag limit, replacing the rules' (a setting). */
  instagramHashtagLimit?: number;
}

export interface FilledTemplate {
  /** The body with every known value in place; placeholders without a value stay as `{{name}}`. */
  text: string;
  /** Known placeholders that had no value (ask the admin before inserting). */
  missing: string[];
  /** Placeholders Pandu does not know (a typo in the pack). */
  unknown: string[];
  /** Tags {{tagar}} left out to keep within Instagram's limit (the least important). */
  leftOutTags: string[];
}

function templateStage(template: Template, clock: StageClock, active: readonly StageView[]): Stage | undefined {
  const activeIds = new Set(active.map((view) => view.stage.id));
  const stages = template.stages.map((id) => clock.byId.get(id)).filter((stage): stage is Stage => !!stage);
  return stages.find((stage) => activeIds.has(stage.id)) ?? stages[0];
}

/**
 * The hashtag line for a template: required tags first (the rules' most important first), then the
 * template's own, within the platform's limit; what did not fit is said, not silently dropped.
 */
export function templateHashtags(
  template: Template,
  context: FillContext,
  activeIds: readonly string[],
): { kept: string[]; leftOut: string[] } {
  const required = requiredHashtags(context.rules, {
    platform: context.platform,
    stageIds: [...activeIds, ...template.stages],
    profile: context.profile,
  });
  const values = profileTagValues(context.profile);
  const tags = [...required];
  const seen = new Set(tags.map(tagKey));
  for (const tagTemplate of template.hashtags) {
    const tag = fillHashtagTemplate(tagTemplate, values);
    if (tag && !seen.has(tagKey(tag))) {
      seen.add(tagKey(tag));
      tags.push(tag);
    }
  }
  const cap = Math.max(hashtagLimitFor(context.rules, context.platform, context.instagramHashtagLimit), 0);
  return { kept: tags.slice(0, cap), leftOut: tags.slice(cap) };
}

const villageWord = (profile: Partial<Profile>) => KPU_WORDS.village(profile.villageType);

function bodyName(profile: Partial<Profile>): string | undefined {
  if (profile.role === 'pps' && profile.desa) return KPU_WORDS.ppsBody(villageWord(profile), profile.desa);
  if (profile.role === 'ppk' && profile.kecamatan) return KPU_WORDS.ppkBody(profile.kecamatan);
  if (profile.role === 'kpu' && profile.kabupaten) return KPU_WORDS.kpuBody(profile.kabupaten);
  return undefined;
}

/** The body's area: "Kecamatan Tahunan", "Desa Mulyoharjo", "Kelurahan Kauman", or the kabupaten for KPU. */
function areaName(profile: Partial<Profile>): string | undefined {
  if (profile.role === 'pps' && profile.desa) return `${villageWord(profile)} ${profile.desa}`;
  if (profile.role === 'ppk' && profile.kecamatan) return KPU_WORDS.kecamatan(profile.kecamatan);
  return profile.kabupaten;
}

/** "Pemilihan Bupati dan Wakil Bupati Jepara", or the mayor's election for a kota ("Kota Semarang"). */
function regencyElection(kabupaten: string | undefined): string | undefined {
  if (!kabupaten) return undefined;
  return /^kota\s/iu.test(kabupaten)
    ? KPU_WORDS.mayorElection(kabupaten.replace(/^kota\s+/iu, ''))
    : KPU_WORDS.regentElection(kabupaten.replace(/^kabupaten\s+/iu, ''));
}

/** A count as typed ("28.415" or "28415"), or null when it is not a whole number. */
function countOf(value: string | undefined): number | null {
  const digits = value?.trim().replace(/[.\s]/g, '');
  return digits && /^\d+$/.test(digits) ? Number(digits) : null;
}

/** Escapes a value put into Markdown, so a name with `*` or `<` reads as written. */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`);
}

/** Fills a template's Markdown body from the profile, the date and the calendar (for previews as HTML). */
export function fillTemplate(template: Template, context: FillContext): FilledTemplate {
  return fillBody(template.body, template, context, escapeMarkdown);
}

/**
 * Fills the body already rendered to plain text (markdownToPlainText keeps `{{placeholders}}` as they
 * are), giving the text the composer receives. The sidebar uses this: it needs no Markdown library.
 */
export function fillPlainTemplate(plainBody: string, template: Template, context: FillContext): FilledTemplate {
  return fillBody(plainBody, template, context, (value) => value);
}

function fillBody(
  body: string,
  template: Template,
  context: FillContext,
  escape: (value: string) => string,
): FilledTemplate {
  const language = context.language ?? 'id';
  const { clock, now, profile } = context;
  const active = clock.active(now);
  const stage = templateStage(template, clock, active);
  const next = clock.next(now)[0]?.stage;
  const date = (day: string) => formatLongDate(day, language);
  const hashtags = templateHashtags(
    template,
    context,
    active.map((view) => view.stage.id),
  );
  const values: Record<string, string | undefined> = {
    badan: bodyName(profile),
    kecamatan: profile.kecamatan,
    kabupaten: profile.kabupaten,
    provinsi: profile.province,
    desa: profile.desa,
    akun: profile.accounts?.[context.platform],
    tanggal: date(clock.today(now)),
    tahapan: stage && stageLabel(stage, language),
    tahapan_mulai: stage && date(stage.start),
    tahapan_selesai: stage && date(stage.end),
    sisa_hari: stage && String(clock.daysLeft(stage, now)),
    hari_menuju: stage && String(clock.daysUntil(stage, now)),
    tahapan_berikut: next && stageLabel(next, language),
    tahapan_berikut_mulai: next && date(next.start),
    tagar: hashtags.kept.join(' '),
    wilayah: areaName(profile),
    desa_kelurahan: profile.role === 'pps' ? villageWord(profile) : undefined,
    kontak: profile.contact,
    tempat_layanan: profile.servicePlace,
    jam_layanan: profile.serviceHours,
    pilkada_provinsi: profile.province && KPU_WORDS.governorElection(profile.province),
    pilkada_kabupaten: regencyElection(profile.kabupaten),
  };
  // The total is the two counts added up, once the admin has typed them.
  const male = countOf(context.extra?.pemilih_laki);
  const female = countOf(context.extra?.pemilih_perempuan);
  if (male !== null && female !== null) values.jumlah_pemilih = (male + female).toLocaleString('id-ID');
  // Asked for the two counts first; if they are not numbers, the total is asked for too.
  const derived = (name: string) =>
    name === 'jumlah_pemilih' &&
    /\{\{\s*pemilih_laki\s*\}\}/.test(body) &&
    /\{\{\s*pemilih_perempuan\s*\}\}/.test(body) &&
    (!context.extra?.pemilih_laki?.trim() || !context.extra.pemilih_perempuan?.trim());
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const text = body.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    if (!isPlaceholder(name)) {
      unknown.add(name);
      return whole;
    }
    const value = context.extra?.[name]?.trim() || values[name];
    if (!value) {
      // A value Pandu computes from others the admin is asked for is not asked itself.
      if (!derived(name)) missing.add(name);
      return `{{${name}}}`;
    }
    // The hashtag line is Pandu's own text; everything else is a value from a person and is escaped.
    return name === 'tagar' ? value : escape(value);
  });
  const usesTags = /\{\{\s*tagar\s*\}\}/.test(body);
  return { text, missing: [...missing], unknown: [...unknown], leftOutTags: usesTags ? hashtags.leftOut : [] };
}
