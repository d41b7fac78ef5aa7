import { read, utils } from '@e965/xlsx';
import Dexie from 'dexie';
import { describe, expect, test, vi } from 'vitest';
import { exportBackup, MAX_BACKUP_BYTES, parseBackup } from '@/lib/posts/backup';
import { readChosenFile } from '@/lib/files';
import { PanduDatabase } from '@/lib/posts/database';
import { translator } from '@/lib/messages/i18n';
import {
  applyRestore,
  editPost,
  planRestore,
  postsBetween,
  PostStoreError,
  saveDetectedPost as savePost,
} from '@/lib/posts/store';
import { instantOf, manualPostRecord } from '@/lib/posts/manual';
import { neutraliseFormula, toCsv } from '@/lib/report/csv';
import { exportReport } from '@/lib/report/export';
import { toXlsx } from '@/lib/report/xlsx';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { PrintableArticle } from '@/components/PrintableArticle';
import { printableReport } from '@/lib/report/printable';
import { MAX_REPORT_BYTES, readReportFiles, readReports, recapByBody, recapReviews } from '@/lib/report/recap';
import { buildWeeklyReport, reportFileName } from '@/lib/report/weekly';
import { lastCompleteWeek, weekFromLabel, weekOf } from '@/lib/report/weeks';
import { describeProblems, type TimeZone } from '@/lib/schemas';
import type { PostRecord } from '@/lib/posts/schema';
import { weeklyReportSchema } from '@/lib/schemas/report';
import { defaults, PPK_PROFILE, PPS_PROFILE, samplePost, workspaceFor, say } from './helpers';

let databases = 0;
const freshDatabase = () => new PanduDatabase(`pandu-report-${++databases}`);

describe('weeks: Monday 00:00 to Sunday 23:59 in the profile’s zone', () => {
  test.each<[TimeZone, string, string]>([
    // Monday 1 July 2024 starts at 17:00, 16:00, 15:00 UTC on Sunday 30 June.
    ['Asia/Jakarta', '2024-06-30T16:59:59Z', '2024-06-30T17:00:00Z'],
    ['Asia/Makassar', '2024-06-30T15:59:59Z', '2024-06-30T16:00:00Z'],
    ['Asia/Jayapura', '2024-06-30T14:59:59Z', '2024-06-30T15:00:00Z'],
  ])('%s: the week turns at local Monday midnight', (zone, lastOfW26, firstOfW27) => {
    expect(weekOf(new Date(lastOfW26), zone).label).toBe('2024-W26');
    const week = weekOf(new Date(firstOfW27), zone);
    expect(week).toMatchObject({ label: '2024-W27', firstDay: '2024-07-01', lastDay: '2024-07-07', timeZone: zone });
    expect(week.start.toISOString()).toBe(new Date(firstOfW27).toISOString());
    expect(week.end.getTime() - week.start.getTime()).toBe(7 * 86_400_000);
  });

  test('across a year change the ISO week-year is used', () => {
    // Monday 30 December 2024 belongs to 2025-W01; Friday 1 January 2027 to 2026-W53.
    expect(weekOf(new Date('2024-12-30T03:00:00Z'), 'Asia/Jakarta').label).toBe('2025-W01');
    expect(weekOf(new Date('2024-12-29T16:30:00Z'), 'Asia/Jayapura').label).toBe('2025-W01');
    expect(weekOf(new Date('2024-12-29T16:30:00Z'), 'Asia/Jakarta').label).toBe('2024-W52');
    expect(weekOf(new Date('2027-01-01T05:00:00Z'), 'Asia/Makassar')).toMatchObject({
      label: '2026-W53',
      firstDay: '2026-12-28',
      lastDay: '2027-01-03',
    });
  });

  test('the default is the last complete week', () => {
    // Saturday 28 November 2026 → the week of 16–22 November.
    expect(lastCompleteWeek(new Date('2026-11-28T05:00:00Z'), 'Asia/Jakarta').label).toBe('2026-W47');
    // On Monday morning the week that just ended.
    expect(lastCompleteWeek(new Date('2026-11-23T01:00:00Z'), 'Asia/Jayapura').label).toBe('2026-W47');
  });

  test('week labels round-trip; impossible ones are refused', () => {
    expect(weekFromLabel('2026-W53', 'Asia/Jakarta')?.firstDay).toBe('2026-12-28');
    expect(weekFromLabel('2025-W53', 'Asia/Jakarta')).toBeNull();
    expect(weekFromLabel('2024-27', 'Asia/Jakarta')).toBeNull();
  });
});

describe('CSV', () => {
  test('UTF-8 with BOM, the chosen separator, quoting, CRLF', () => {
    const csv = toCsv(
      [
        ['No', 'Teks'],
        [1, 'Halo; "teman"\nbaris dua'],
      ],
      ';',
    );
    expect(csv).toBe('\ufeffNo;Teks\r\n1;"Halo; ""teman""\nbaris dua"\r\n');
    expect(toCsv([['a,b', 'c;d']], ',')).toBe('\ufeff"a,b",c;d\r\n');
  });

  test.each([
    ['=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'],
    ['+62 812', "'+62 812"],
    ['-satu', "'-satu"],
    ['@akun', "'@akun"],
    ['\tcmd', "'\tcmd"],
    ['#TemanPemilih', '#TemanPemilih'],
    ['Biasa', 'Biasa'],
    [' biasa', ' biasa'],
    // Spreadsheets skip leading blanks and read full-width signs as formula signs.
    [' =1+1', "' =1+1"],
    ['  +62 812', "'  +62 812"],
    ['\n=HYPERLINK("http://evil")', '\'\n=HYPERLINK("http://evil")'],
    ['\nbaris kedua', "'\nbaris kedua"],
    ['\r\n@SUM(A1)', "'\r\n@SUM(A1)"],
    ['＝1+1', "'＝1+1"],
    ['＋62', "'＋62"],
    ['－satu', "'－satu"],
    ['＠akun', "'＠akun"],
    ['\u3000=cmd', "'\u3000=cmd"],
    ['\u00a0-1', "'\u00a0-1"],
  ])('a cell %j is written as %j', (value, written) => {
    expect(neutraliseFormula(value)).toBe(written);
  });
});

const week27 = weekFromLabel('2024-W27', 'Asia/Jakarta')!;
const POSTS: PostRecord[] = [
  samplePost({ id: 'post-in-week-1', createdAt: Date.parse('2024-07-01T02:00:00Z'), text: '=1+1 bukan rumus' }),
  samplePost({
    id: 'post-in-week-2',
    platform: 'instagram',
    createdAt: Date.parse('2024-07-04T09:30:00Z'),
    findings: { errors: 2, warnings: 0, infos: 0, rules: ['required-hashtags'] },
    postUrl: 'https://www.instagram.com/p/abc',
  }),
  samplePost({ id: 'post-practice-1', createdAt: Date.parse('2024-07-02T02:00:00Z'), status: 'practice' }),
  samplePost({ id: 'post-next-week', createdAt: Date.parse('2024-07-07T17:00:00Z') }),
];

describe('the weekly report', () => {
  const report = buildWeeklyReport(POSTS, week27, PPK_PROFILE, { generatedAt: new Date('2024-07-08T01:00:00Z') });

  test('holds the week’s posts in order, practice left out, and validates against its schema', () => {
    expect(report.posts.map((post) => post.id)).toEqual(['post-in-week-1', 'post-in-week-2']);
    expect(report.posts[1]).toMatchObject({ publishedAt: '2024-07-04 16:30', compliant: false, errors: 2 });
    expect(weeklyReportSchema.safeParse(report).success).toBe(true);
    expect(buildWeeklyReport(POSTS, week27, PPK_PROFILE, { includePractice: true }).posts).toHaveLength(3);
  });

  test('summary: per platform, per stage, compliance, days with no post', () => {
    expect(report.summary).toEqual({
      total: 2,
      perPlatform: { facebook: 1, instagram: 1 },
      perStage: { coklit: 2 },
      compliant: 1,
      complianceRate: 0.5,
      daysWithoutPost: ['2024-07-02', '2024-07-03', '2024-07-05', '2024-07-06', '2024-07-07'],
      perTheme: {},
      perContentType: {},
      engagement: { postsWithCounts: 0, likes: 0, comments: 0, shares: 0, reach: 0 },
      audience: [],
    });
  });

  test('file names sort in a KPU inbox', () => {
    expect(reportFileName(report, 'xlsx')).toBe('pandu_jepara_tahunan_2024-W27.xlsx');
    const pps = buildWeeklyReport(POSTS, week27, PPS_PROFILE);
    expect(reportFileName(pps, 'csv')).toBe('pandu_jepara_tahunan-mulyoharjo_2024-W27.csv');
  });

  test('XLSX read back: every cell of the posts sheet, and the summary', async () => {
    const { calendar } = defaults();
    const file = await exportReport(report, 'xlsx', calendar, translator('id'));
    const book = read(new Uint8Array(await file.blob.arrayBuffer()));
    expect(book.SheetNames).toEqual(['Postingan', 'Ringkasan']);
    // As a reader sees the cells: dates formatted in the body's zone, counts as numbers.
    const rows = utils.sheet_to_json<unknown[]>(book.Sheets.Postingan!, { header: 1, defval: '', raw: false });
    const header = rows[0] as string[];
    expect(header).toEqual([
      'No',
      'Waktu (Asia/Jakarta)',
      'Platform',
      'Akun',
      'Tahapan',
      'Teks',
      'Tagar',
      'Sesuai pedoman',
      'Galat',
      'Peringatan',
      'Status',
      'Sumber',
      'Tautan',
      'Catatan',
      'Temuan yang diperiksa admin',
      'Tema',
      'Jenis konten',
      'Suka/reaksi',
      'Komentar',
      'Dibagikan',
      'Jangkauan',
      'Interaksi dibaca',
    ]);
    const byHeader = rows.slice(1).map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));
    expect(byHeader).toMatchObject([
      {
        No: '1',
        'Waktu (Asia/Jakarta)': '2024-07-01 09:00',
        Platform: 'Facebook',
        Akun: 'PPK Tahunan',
        Tahapan: 'Pencocokan dan penelitian (coklit)',
        Teks: '=1+1 bukan rumus',
        'Sesuai pedoman': 'Ya',
        Galat: '0',
        Peringatan: '1',
        Status: 'terbit',
        Sumber: 'terdeteksi',
        Tautan: '',
      },
      {
        No: '2',
        'Waktu (Asia/Jakarta)': '2024-07-04 16:30',
        Platform: 'Instagram',
        Teks: 'Coklit dimulai.\n\n#TemanPemilih',
        'Sesuai pedoman': 'Tidak',
        Galat: '2',
        Tautan: 'https://www.instagram.com/p/abc',
      },
    ]);
    // A text starting with "=" is a string cell, never a formula.
    expect(book.Sheets.Postingan!.F2).toMatchObject({ t: 's', v: '=1+1 bukan rumus' });
    expect(book.Sheets.Postingan!.F2.f).toBeUndefined();
    const summary = utils.sheet_to_json<unknown[]>(book.Sheets.Ringkasan!, { header: 1, defval: '' });
    expect(summary).toContainEqual(['Jumlah postingan', 2, '', '', '']);
    expect(summary).toContainEqual(['Tingkat kepatuhan (%)', 50, '', '', '']);
    expect(summary).toContainEqual(['Pencocokan dan penelitian (coklit)', 2, '', '', '']);
  });

  test('XLSX keeps markup characters, emoji and line breaks as text; control characters a file cannot hold are left out', async () => {
    const texts = ['<b>Rapat & pleno</b> "terbuka" \'PPK\'', 'Baris satu\nbaris dua\ttab 😀', 'a\u0001b\u0008c\u007fd'];
    const bytes = await toXlsx(
      [
        { name: 'Teks', rows: [['Teks'], ...texts.map((text) => [text])], headerRow: true },
        { name: "Kab. O'Brien", rows: [[{ kind: 'link', url: 'https://www.facebook.com/a?b=1&c=<2>' }]] },
      ],
      'dipotong',
    );
    const book = read(bytes);
    expect(book.SheetNames).toEqual(['Teks', "Kab. O'Brien"]);
    const cells = utils.sheet_to_json<unknown[]>(book.Sheets.Teks!, { header: 1 }).flat();
    expect(cells).toEqual(['Teks', texts[0], texts[1], 'abcd']);
    expect(book.Sheets["Kab. O'Brien"]!.A1).toMatchObject({
      v: 'https://www.facebook.com/a?b=1&c=<2>',
      l: { Target: 'https://www.facebook.com/a?b=1&c=<2>' },
    });
  });

  test('a post longer than an Excel cell is cut with a marker in XLSX, and whole in CSV and JSON', async () => {
    const { calendar } = defaults();
    // A valid Facebook post: up to 63,206 characters.
    const text = `${'Pengumuman DPS. '.repeat(2500)}#TemanPemilih`;
    const long = buildWeeklyReport(
      [
        samplePost({
          id: 'post-long-0001',
          createdAt: Date.parse('2024-07-01T02:00:00Z'),
          text,
          notes: 'n'.repeat(40),
        }),
      ],
      week27,
      PPK_PROFILE,
    );
    for (const [language, marker] of [
      ['id', '[dipotong: teks lengkap ada di ekspor CSV dan JSON]'],
      ['en', '[cut: the full text is in the CSV and JSON exports]'],
    ] as const) {
      const book = read(
        new Uint8Array(await (await exportReport(long, 'xlsx', calendar, translator(language))).blob.arrayBuffer()),
      );
      const cell = String(book.Sheets[book.SheetNames[0]!]!.F2.v);
      expect(cell).toHaveLength(32_767);
      expect(cell.endsWith(marker)).toBe(true);
      expect(text.startsWith(cell.slice(0, 32_767 - marker.length - 3))).toBe(true);
    }
    const csv = await (await exportReport(long, 'csv', calendar, translator('id'), ';')).blob.text();
    expect(csv).toContain(text);
    const json = JSON.parse(await (await exportReport(long, 'json', calendar, translator('id'))).blob.text());
    expect(json.posts[0].text).toBe(text);
  });

  test('CSV and JSON exports carry the same posts', async () => {
    const { calendar } = defaults();
    const bytes = new Uint8Array(
      await (await exportReport(report, 'csv', calendar, translator('id'), ';')).blob.arrayBuffer(),
    );
    // The byte-order mark Excel needs to read UTF-8 (Blob.text() would strip it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv.startsWith('\ufeffNo;Waktu (Asia/Jakarta);')).toBe(true);
    expect(csv).toContain(
      "1;2024-07-01 09:00;Facebook;PPK Tahunan;Pencocokan dan penelitian (coklit);'=1+1 bukan rumus;",
    );
    const json = JSON.parse(await (await exportReport(report, 'json', calendar, translator('id'))).blob.text());
    expect(weeklyReportSchema.parse(json)).toEqual(report);
  });

  test('the printable report escapes what people wrote', () => {
    const hostile = buildWeeklyReport(
      [
        samplePost({
          id: 'post-hostile-1',
          createdAt: Date.parse('2024-07-01T02:00:00Z'),
          text: '<script>alert(1)</script> *x*',
        }),
      ],
      week27,
      { ...PPK_PROFILE, kecamatan: '<img src=x onerror=alert(1)>' },
    );
    const html = renderToString(
      h(PrintableArticle, { report: printableReport(hostile, defaults().calendar, translator('id')) }),
    );
    expect(html).toContain('&lt;script>alert(1)&lt;/script> *x*');
    expect(html).toContain('Panitia Pemilihan Kecamatan &lt;img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/i);
  });
});

describe('answered findings and per-stage counts', () => {
  const { calendar } = defaults();
  const answered = samplePost({
    id: 'post-answered-1',
    createdAt: Date.parse('2024-07-02T02:00:00Z'),
    text: 'Beredar pesan "coblos nomor 2 dapat sembako". Itu hoaks.',
    findings: { errors: 1, warnings: 0, infos: 0, rules: ['neutrality-campaigning'] },
    reviews: [
      {
        rule: 'neutrality-campaigning',
        subject: 'coblos nomor 2',
        severity: 'error',
        count: 1,
        reason: 'Kutipan hoaks yang kami bantah, bukan ajakan.',
        reviewedAt: Date.parse('2024-07-02T02:05:00Z'),
      },
    ],
  });
  const report = buildWeeklyReport([...POSTS, answered], week27, PPK_PROFILE);

  test('a post whose every error is answered counts as compliant, with the reason kept', () => {
    const post = report.posts.find((entry) => entry.id === 'post-answered-1')!;
    expect(post).toMatchObject({ compliant: true, errors: 1 });
    expect(post.reviews).toEqual([
      {
        rule: 'neutrality-campaigning',
        subject: 'coblos nomor 2',
        reason: 'Kutipan hoaks yang kami bantah, bukan ajakan.',
      },
    ]);
    expect(report.summary).toMatchObject({ compliant: 2, compliantAfterReview: 1 });
    expect(weeklyReportSchema.safeParse(report).success).toBe(true);
  });

  test('an answer to one error of two leaves the post not compliant', () => {
    const twoErrors = { ...answered, findings: { ...answered.findings, errors: 2 } };
    expect(buildWeeklyReport([twoErrors], week27, PPK_PROFILE).posts[0]!.compliant).toBe(false);
  });

  test('the reason reaches the XLSX, the CSV and the printable report', async () => {
    const note = 'Ajakan memilih satu peserta: Kutipan hoaks yang kami bantah, bukan ajakan.';
    const book = read(
      new Uint8Array(await (await exportReport(report, 'xlsx', calendar, translator('id'))).blob.arrayBuffer()),
    );
    const rows = utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Postingan!);
    const row = rows.find((entry) => String(entry.Teks).startsWith('Beredar pesan'))!;
    expect(row['Sesuai pedoman']).toBe('Ya');
    expect(row['Temuan yang diperiksa admin']).toBe(note);
    const summary = utils.sheet_to_json<unknown[]>(book.Sheets.Ringkasan!, { header: 1, defval: '' });
    expect(summary).toContainEqual(['di antaranya sesuai setelah temuan diperiksa admin', 1, '', '', '']);
    const csv = await (await exportReport(report, 'csv', calendar, translator('en'))).blob.text();
    expect(csv).toContain('Urging a vote for one contestant: Kutipan hoaks yang kami bantah, bukan ajakan.');
    const printed = printableReport(report, calendar, translator('id')).posts.find((post) =>
      post.text.startsWith('Beredar pesan'),
    );
    expect(printed?.reviews).toEqual([note]);
  });

  test('the recap lists every reason given, and per-stage counts survive a stage called "constructor"', () => {
    const recap = readReports([{ name: 'a.json', text: JSON.stringify(report) }]);
    expect(recapReviews(recap.reports)).toEqual([
      expect.objectContaining({
        body: 'PPK Tahunan',
        rule: 'neutrality-campaigning',
        reason: answered.reviews![0]!.reason,
      }),
    ]);
    const odd = buildWeeklyReport(
      [
        samplePost({
          id: 'post-odd-stage-1',
          createdAt: Date.parse('2024-07-01T02:00:00Z'),
          stageIds: ['constructor'],
        }),
      ],
      week27,
      PPK_PROFILE,
    );
    expect(odd.summary.perStage).toEqual({ constructor: 1 });
    const parsed = readReports([{ name: 'odd.json', text: JSON.stringify(odd) }]);
    expect(recapByBody([...parsed.reports, ...parsed.reports])[0]!.perStage).toEqual(new Map([['constructor', 2]]));
  });

  test('a post counts once, under the stage that mattered most on its day', () => {
    const coklitDay = samplePost({
      id: 'post-coklit-day-1',
      createdAt: Date.parse('2024-07-01T02:00:00Z'),
      stageIds: ['coklit', 'pemutakhiran-data-pemilih', 'pembentukan-badan-adhoc'],
    });
    expect(buildWeeklyReport([coklitDay], week27, PPK_PROFILE).summary.perStage).toEqual({ coklit: 1 });
  });
});

describe('the post log database', () => {
  test('a database written by schema version 1 upgrades without losing or changing a field', async () => {
    const name = `pandu-migrate-${++databases}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ posts: 'id, createdAt, platform, status, source' });
    const rows = [POSTS[0]!, POSTS[1]!, { ...POSTS[2]!, notes: 'catatan lama', postUrl: 'https://fb.com/1' }];
    await v1.table('posts').bulkAdd(rows);
    v1.close();

    const upgraded = new PanduDatabase(name);
    // Version 4 writes Facebook's short host as the address it redirects to; nothing else changes.
    const expected = rows.map((row) =>
      row.postUrl === 'https://fb.com/1' ? { ...row, postUrl: 'https://www.facebook.com/1' } : row,
    );
    expect(await upgraded.posts.orderBy('id').toArray()).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
    expect(upgraded.verno).toBeGreaterThanOrEqual(4);
    // The new indexes answer.
    expect(await upgraded.posts.where('stageIds').equals('coklit').count()).toBe(3);
    expect(
      await upgraded.posts.where('[status+createdAt]').between(['practice', 0], ['practice', Infinity]).count(),
    ).toBe(1);
    upgraded.close();
  });

  test('writes are idempotent by id, and a week is read newest first', async () => {
    const db = freshDatabase();
    for (const post of [...POSTS, ...POSTS]) await savePost(db, post);
    expect(await db.posts.count()).toBe(4);
    const week = await postsBetween(db, week27.start.getTime(), week27.end.getTime());
    expect(week.map((post) => post.id)).toEqual(['post-in-week-2', 'post-practice-1', 'post-in-week-1']);
  });

  test('a post added by hand is read in the profile’s zone and checked', () => {
    const workspace = workspaceFor();
    expect(instantOf('2024-07-04T09:15', workspace)?.toISOString()).toBe('2024-07-04T02:15:00.000Z');
    expect(instantOf('04/07/2024 09:15', workspace)).toBeNull();
    const record = manualPostRecord(
      { platform: 'instagram', account: 'ppk.tahunan', localDateTime: '2024-07-04T09:15', text: 'Coklit', postUrl: '' },
      workspace,
      'manual-post-0001',
    )!;
    expect(record).toMatchObject({
      id: 'manual-post-0001',
      source: 'manual',
      status: 'published',
      createdAt: Date.parse('2024-07-04T02:15:00Z'),
      stageIds: ['coklit', 'pemutakhiran-data-pemilih', 'pembentukan-badan-adhoc'],
      findings: { errors: 1, rules: ['required-hashtags'] },
    });
  });
});

describe('backup and restore', () => {
  test('a backup restores into an empty log exactly, and says what it adds or replaces', async () => {
    const source = freshDatabase();
    for (const post of POSTS) await savePost(source, post);
    await editPost(source, POSTS[0]!.id, { notes: 'diubah di cadangan' }, Date.parse('2024-07-08T00:00:00Z'));
    const text = await (await exportBackup(source, new Date('2024-07-08T00:00:00Z'))).text();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error('backup did not parse');

    const target = freshDatabase();
    await savePost(target, POSTS[0]!);
    const plan = await planRestore(target, parsed.value);
    expect([plan.added.length, plan.replaced.length, plan.kept.length, plan.unchanged]).toEqual([3, 1, 0, 0]);
    expect(plan.replaced.map((entry) => entry.current.id)).toEqual([POSTS[0]!.id]);
    expect(await applyRestore(target, plan)).toEqual({ written: 4 });
    expect(await target.posts.orderBy('id').toArray()).toEqual(await source.posts.orderBy('id').toArray());
  });

  test.each([
    ['not JSON', '{"kind": "pandu-backup", "posts": [', /^\(berkas\): bukan JSON yang sah/],
    ['another app’s file', '{"kind": "other", "posts": []}', /^\(berkas\): bukan berkas cadangan Pandu$/],
    [
      'a broken post',
      JSON.stringify({
        kind: 'pandu-backup',
        schemaVersion: 1,
        exportedAt: '2024-07-08T00:00:00Z',
        posts: [{ ...POSTS[0], platform: 'tiktok' }],
      }),
      /^posts\[0\]\.platform: harus salah satu dari: facebook, instagram$/,
    ],
  ])('%s is refused with its problem, and the log is unchanged', async (_name, text, problem) => {
    const db = freshDatabase();
    await savePost(db, POSTS[0]!);
    const before = await db.posts.toArray();
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(describeProblems(parsed.problems, translator('id'))[0]).toMatch(problem);
    expect(await db.posts.toArray()).toEqual(before);
  });
});

describe('the kabupaten recap', () => {
  const reportOf = (profile: typeof PPK_PROFILE, label: string, posts: PostRecord[], generatedAt: string) =>
    JSON.stringify(
      buildWeeklyReport(posts, weekFromLabel(label, 'Asia/Jakarta')!, profile, { generatedAt: new Date(generatedAt) }),
    );

  test('validates each file, names the bad one, counts a body’s week once', () => {
    const tahunan = reportOf(PPK_PROFILE, '2024-W27', POSTS, '2024-07-08T01:00:00Z');
    const tahunanNewer = reportOf(PPK_PROFILE, '2024-W27', POSTS.slice(0, 1), '2024-07-09T01:00:00Z');
    const mulyoharjo = reportOf(PPS_PROFILE, '2024-W27', POSTS.slice(1, 2), '2024-07-08T01:00:00Z');
    const input = readReports([
      { name: 'tahunan.json', text: tahunan },
      { name: 'tahunan-lagi.json', text: tahunan },
      { name: 'tahunan-revisi.json', text: tahunanNewer },
      { name: 'mulyoharjo.json', text: mulyoharjo },
      { name: 'rusak.json', text: '{"kind":"pandu-weekly-report"' },
      { name: 'asing.json', text: '{"kind":"lain"}' },
    ]);
    expect(input.rejected.map((entry) => entry.file)).toEqual(['rusak.json', 'asing.json']);
    expect(describeProblems(input.rejected[1]!.problems, translator('id'))[0]).toBe(
      'kind: harus salah satu dari: pandu-weekly-report',
    );
    expect(input.ignored).toEqual([
      { file: 'tahunan-lagi.json', reason: 'duplicate' },
      { file: 'tahunan.json', reason: 'older' },
    ]);
    const rows = recapByBody(input.reports);
    expect(rows.map((row) => [row.name, row.posts, row.complianceRate])).toEqual([
      ['PPK Tahunan', 1, 1],
      ['PPS Mulyoharjo', 1, 0],
    ]);
  });
});

describe('a full disk', () => {
  test('reaches the admin as a clear message in both languages, and nothing is half-written', async () => {
    const db = freshDatabase();
    const add = db.posts.add.bind(db.posts);
    db.posts.add = (() =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof add;
    const failure = await savePost(db, POSTS[0]!).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(PostStoreError);
    expect(say((failure as PostStoreError).reference)).toMatch(
      /^Penyimpanan perangkat penuh: postingan tidak tercatat\./,
    );
    expect(say((failure as PostStoreError).reference, 'en')).toMatch(/^The device storage is full/);
    db.posts.add = add;
    expect(await db.posts.count()).toBe(0);
  });
});

describe('files are measured before they are read', () => {
  /** A chosen file of `size` bytes whose text is `text`; reading it is counted. */
  const chosen = (name: string, size: number, text = '{}') => ({ name, size, text: vi.fn(async () => text) });

  test('a backup over its cap is refused unread, naming the sizes', async () => {
    const file = chosen('cadangan-besar.json', 150_500_000);
    const result = await readChosenFile(file, MAX_BACKUP_BYTES);
    expect(file.text).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(say(result.problems[0]!.message)).toBe('berkas terlalu besar: 150,5 MB, batasnya 100 MB');
  });

  test('a file that cannot be read is a problem, not an exception', async () => {
    const file = { name: 'hilang.json', size: 10, text: () => Promise.reject(new Error('NotFoundError')) };
    const read = await readChosenFile(file, 100);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(describeProblems(read.problems, translator('id'))).toEqual([
        '(berkas): berkas tidak bisa dibaca: NotFoundError',
      ]);
  });

  test('recap files: one over its cap, and those past the cap of the whole drop, are refused unread', async () => {
    const small = chosen('kecil.json', 1000, '{"kind":"x"}');
    const huge = chosen('raksasa.json', MAX_REPORT_BYTES + 1);
    const many = Array.from({ length: 11 }, (_, index) => chosen(`besar-${index}.json`, MAX_REPORT_BYTES));
    const { read, refused } = await readReportFiles([small, huge, ...many]);
    expect(read.map((file) => file.name)).toEqual(['kecil.json', ...many.slice(0, 9).map((file) => file.name)]);
    expect(refused.map((entry) => entry.file)).toEqual(['raksasa.json', 'besar-9.json', 'besar-10.json']);
    expect(huge.text).not.toHaveBeenCalled();
    expect(many[10]!.text).not.toHaveBeenCalled();
    expect(say(refused[1]!.problems[0]!.message)).toMatch(/^berkas terlalu besar: 2\d\d(,\d)? MB, batasnya 200 MB$/);
  });
});
