import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { translator } from '@/lib/messages/i18n';
import {
  describeProblems,
  MAX_FILE_BYTES,
  parseCalendar,
  parseProfile,
  parseRules,
  parseTemplatePack,
  type ParseResult,
  type Problem,
} from '@/lib/schemas';
import { JSON_SCHEMA_FILES, jsonSchemaText } from '@/lib/schemas/json-schema';
import { defaults, PPK_PROFILE } from './helpers';

const lines = (problems: Problem[], language: 'id' | 'en' = 'id') => describeProblems(problems, translator(language));

function problemsOf<T>(result: { ok: true; value: T } | { ok: false; problems: Problem[] }): Problem[] {
  if (result.ok) throw new Error('expected problems, got a valid file');
  return result.problems;
}

describe('the built-in data', () => {
  test('calendar, rules and pack validate against their schemas', () => {
    const { calendar, rules, pack } = defaults();
    expect(parseCalendar({ json: calendar }).ok).toBe(true);
    expect(parseRules({ json: rules }, calendar).ok).toBe(true);
    expect(parseTemplatePack({ json: pack }, calendar).ok).toBe(true);
  });

  test('every stage cites its source', () => {
    for (const stage of defaults().calendar.stages) expect(stage.source.length).toBeGreaterThan(10);
  });

  test.each(Object.keys(JSON_SCHEMA_FILES))('assets/schema/%s matches the zod schema', async (file) => {
    const committed = await readFile(new URL(`../../assets/schema/${file}`, import.meta.url), 'utf8');
    expect(JSON.parse(committed), 'run: node --import tsx scripts/export-schemas.ts').toEqual(
      JSON.parse(jsonSchemaText(file as keyof typeof JSON_SCHEMA_FILES)),
    );
  });
});

describe('malformed files are reported, never thrown', () => {
  test('not JSON at all', () => {
    expect(lines(problemsOf(parseCalendar('{"schemaVersion": 1,')))[0]).toMatch(/^\(berkas\): bukan JSON yang sah/);
  });

  test('a file over the size limit', () => {
    const huge = `{"x": "${'a'.repeat(MAX_FILE_BYTES)}"}`;
    expect(lines(problemsOf(parseCalendar(huge)))).toEqual([
      '(berkas): berkas terlalu besar: 1.000 kB, batasnya 1.000 kB',
    ]);
  });

  test('unknown fields, wrong types and missing fields name their path', () => {
    const { calendar } = defaults();
    const broken = structuredClone(calendar) as unknown as Record<string, unknown> & {
      stages: Record<string, unknown>[];
    };
    broken.colour = 'red';
    (broken.stages[2] as Record<string, unknown>).start = 20240526;
    delete (broken.stages[3] as Record<string, unknown>).name;
    expect(lines(problemsOf(parseCalendar({ json: broken })))).toEqual([
      'stages[2].start: harus teks, bukan angka',
      'stages[3].name: wajib diisi',
      '(berkas): kolom tidak dikenal: colour',
    ]);
  });

  test('problems come in English too', () => {
    const { calendar } = defaults();
    const broken = { ...calendar, schemaVersion: 2 };
    expect(lines(problemsOf(parseCalendar({ json: broken })), 'en')).toEqual(['schemaVersion: must be one of: 1']);
  });

  test('calendar: duplicate ids, dangling parent, end before start, a cycle, a bad date and a bad id', () => {
    const { calendar } = defaults();
    const stages = calendar.stages;
    const at = (id: string) => stages.findIndex((stage) => stage.id === id);
    const [ppk, pps, coklit, dps, dpsNotice, dpsRecap, dpt] = [
      at('pelantikan-ppk'),
      at('pelantikan-pps'),
      at('coklit'),
      at('penyusunan-dps'),
      at('pengumuman-dps'),
      at('penetapan-dpt'),
      at('pengumuman-pendaftaran-paslon'),
    ];
    stages[ppk] = { ...stages[ppk]!, id: 'coklit' };
    stages[dps] = { ...stages[dps]!, parent: 'pemutakhiran-data' };
    stages[dpsNotice] = { ...stages[dpsNotice]!, start: '2024-08-27', end: '2024-08-18' };
    stages[0] = { ...stages[0]!, parent: 'pelantikan-pps' };
    stages[pps] = { ...stages[pps]!, parent: 'pembentukan-badan-adhoc' };
    stages[dpsRecap] = { ...stages[dpsRecap]!, start: '2024-02-30' };
    stages[dpt] = { ...stages[dpt]!, id: 'Pengumuman DPT' };
    expect(lines(problemsOf(parseCalendar({ json: calendar })))).toEqual([
      `stages[${dpsRecap}].start: harus tanggal berformat YYYY-MM-DD`,
      `stages[${dpt}].id: id hanya boleh huruf kecil, angka dan tanda hubung`,
      `stages[${coklit}].id: id tahapan 'coklit' ganda (sudah dipakai di stages[${ppk}])`,
      `stages[${dps}].parent: tahapan induk 'pemutakhiran-data' tidak dikenal`,
      `stages[${dpsNotice}].end: tanggal selesai 2024-08-18 sebelum tanggal mulai 2024-08-27`,
      "stages[0].start: mulai 2024-04-17, sebelum tahapan induk 'pelantikan-pps' mulai (2024-05-26)",
      "stages[0].end: selesai 2024-11-05, sesudah tahapan induk 'pelantikan-pps' selesai (2024-05-26)",
      "stages[0].parent: tahapan 'pembentukan-badan-adhoc' berinduk pada dirinya sendiri (melingkar)",
      `stages[${pps}].parent: tahapan 'pelantikan-pps' berinduk pada dirinya sendiri (melingkar)`,
    ]);
  });

  test('calendar: a sub-stage may not start before or end after its parent', () => {
    const { calendar } = defaults();
    const index = calendar.stages.findIndex((stage) => stage.id === 'pindah-memilih');
    // As the built-in pengumuman-dpt once did under pemutakhiran-data-pemilih (which ends 23 September).
    calendar.stages[index] = { ...calendar.stages[index]!, parent: 'pemutakhiran-data-pemilih', end: '2024-11-27' };
    const problems = problemsOf(parseCalendar({ json: calendar }));
    expect(lines(problems)).toEqual([
      `stages[${index}].end: selesai 2024-11-27, sesudah tahapan induk 'pemutakhiran-data-pemilih' selesai (2024-09-23)`,
    ]);
    expect(lines(problems, 'en')).toEqual([
      `stages[${index}].end: ends 2024-11-27, after its parent stage 'pemutakhiran-data-pemilih' ends (2024-09-23)`,
    ]);
    calendar.stages[index] = { ...calendar.stages[index]!, start: '2024-05-01', end: '2024-06-01' };
    expect(lines(problemsOf(parseCalendar({ json: calendar })))).toEqual([
      `stages[${index}].start: mulai 2024-05-01, sebelum tahapan induk 'pemutakhiran-data-pemilih' mulai (2024-05-31)`,
    ]);
  });

  test('template pack: a dangling stage reference, as in "templates[3].stages: tahapan \'kampanye2\' tidak dikenal"', () => {
    const { calendar, pack } = defaults();
    pack.templates[3]!.stages = ['kampanye2'];
    expect(lines(problemsOf(parseTemplatePack({ json: pack }, calendar)))).toEqual([
      "templates[3].stages: tahapan 'kampanye2' tidak dikenal",
    ]);
    expect(lines(problemsOf(parseTemplatePack({ json: pack }, calendar)), 'en')).toEqual([
      "templates[3].stages: unknown stage 'kampanye2'",
    ]);
  });

  test('template pack: duplicate template ids, validity out of order, a bad platform, a bad hashtag, no templates', () => {
    const { calendar, pack } = defaults();
    pack.templates[1]!.id = pack.templates[0]!.id;
    pack.validUntil = '2024-01-01';
    (pack.templates[2]!.platforms as string[]) = ['tiktok'];
    pack.templates[4]!.hashtags = ['#Pilkada 2024'];
    pack.templates[5]!.platforms = ['facebook', 'facebook'];
    expect(lines(problemsOf(parseTemplatePack({ json: pack }, calendar)))).toEqual([
      'templates[2].platforms[0]: harus salah satu dari: facebook, instagram',
      "templates[4].hashtags[0]: tagar harus diawali '#' lalu huruf, angka atau garis bawah, tanpa spasi atau tanda baca",
    ]);
    (pack.templates[2]!.platforms as string[]) = ['facebook'];
    pack.templates[4]!.hashtags = [];
    expect(lines(problemsOf(parseTemplatePack({ json: pack }, calendar)))).toEqual([
      `templates[1].id: id templat '${pack.templates[0]!.id}' ganda (sudah dipakai di templates[0])`,
      'validUntil: berlaku sampai 2024-01-01 sebelum berlaku mulai 2024-04-17',
      'templates[5].platforms: platform disebut dua kali',
    ]);
    const fresh = defaults();
    expect(lines(problemsOf(parseTemplatePack({ json: { ...fresh.pack, templates: [] } }, fresh.calendar)))).toEqual([
      'templates: minimal 1 isi',
    ]);
  });

  test('rules: stage scope without stages, an unknown quiet-period stage, a doubled misspelling', () => {
    const { calendar, rules } = defaults();
    rules.requiredHashtags.push({ scope: 'stage', tags: ['#Coklit'] });
    rules.misspellings.push({ wrong: 'YANGG', right: 'yang' });
    expect(lines(problemsOf(parseRules({ json: rules }, calendar)))).toEqual([
      "requiredHashtags[8].stages: cakupan 'stage' membutuhkan daftar tahapan",
      `misspellings[${rules.misspellings.length - 1}].wrong: salah ketik 'YANGG' disebut dua kali`,
    ]);
    const other = defaults();
    other.rules.neutrality.quietPeriodStages = ['tenang'];
    expect(lines(problemsOf(parseRules({ json: other.rules }, other.calendar)))).toEqual([
      "neutrality.quietPeriodStages: tahapan 'tenang' tidak dikenal",
    ]);
  });

  test('profile: PPS needs its desa, PPK its kecamatan; a good profile parses', () => {
    expect(parseProfile({ json: PPK_PROFILE }).ok).toBe(true);
    expect(lines(problemsOf(parseProfile({ json: { ...PPK_PROFILE, role: 'pps' } })))).toEqual([
      'desa: wajib diisi untuk PPS',
    ]);
    const { kecamatan: _dropped, ...withoutKecamatan } = PPK_PROFILE;
    expect(lines(problemsOf(parseProfile({ json: withoutKecamatan })))).toEqual([
      'kecamatan: wajib diisi untuk PPK dan PPS',
    ]);
    expect(lines(problemsOf(parseProfile({ json: { ...PPK_PROFILE, timeZone: 'Asia/Singapore' } })))).toEqual([
      'timeZone: harus salah satu dari: Asia/Jakarta, Asia/Makassar, Asia/Jayapura',
    ]);
  });

  test.each([null, 42, 'text', [], {}])('a file holding %j is reported', (json) => {
    const { calendar } = defaults();
    const results: ParseResult<unknown>[] = [
      parseCalendar({ json }),
      parseTemplatePack({ json }, calendar),
      parseRules({ json }, calendar),
      parseProfile({ json }),
    ];
    for (const result of results) {
      expect(result.ok).toBe(false);
      expect(problemsOf(result).length).toBeGreaterThan(0);
    }
  });
});
