/**
 * Issue 13: what a post record holds now (link, content type, theme, engagement, followers), the database
 * migration that brings old records along, and the reports built from them: XLSX read back with ExcelJS
 * (cell types, hyperlinks, frozen header, autofilter, widths), the summary, the recap, the shared summary.
 */
import Dexie from 'dexie';
import { Workbook, type Worksheet } from 'exceljs';
import { describe, expect, test } from 'vitest';
import { backupSchema } from '@/lib/posts/backup';
import { PanduDatabase } from '@/lib/posts/database';
import { migratePostRecord } from '@/lib/posts/migration';
import { contentTypeFromAttachments, parseEngagement } from '@/lib/posts/fields';
import { buildPostRecord } from '@/lib/posts/record';
import type { PostStoreError } from '@/lib/posts/store';
import { audienceOfWeek, editPost, saveAudience, validPost } from '@/lib/posts/store';
import { exportReport } from '@/lib/report/export';
import { printableReport } from '@/lib/report/printable';
import { readReports, recapByBody, weeksBetween } from '@/lib/report/recap';
import { SHARED_LINKS, weekSummaryText, whatsAppShareUrl } from '@/lib/report/share';
import { buildWeeklyReport } from '@/lib/report/weekly';
import { weekFromLabel } from '@/lib/report/weeks';
import { columnWidths, excelDate } from '@/lib/report/xlsx';
import { isPostLink, postLinkFrom, type PostRecord } from '@/lib/posts/schema';
import { weeklyReportSchema } from '@/lib/schemas/report';
import { defaults, PPK_PROFILE, samplePost, say, workspaceFor } from './helpers';
import { translator } from '@/lib/messages/i18n';

const week27 = weekFromLabel('2024-W27', 'Asia/Jakarta')!;
let databases = 0;

describe('a post link', () => {
  test.each([
    ['https://www.facebook.com/ppk.tahunan/posts/pfbid0abc', true],
    ['https://facebook.com/story.php?story_fbid=1&id=2', true],
    ['https://m.facebook.com/story.php?story_fbid=1', true],
    ['https://web.facebook.com/groups/1/posts/2/', true],
    ['https://business.facebook.com/ppk/posts/1', true],
    ['https://www.instagram.com/p/C9xYz/', true],
    ['https://instagram.com/reel/C9xYz/', true],
    ['https://WWW.FACEBOOK.COM/ppk/posts/1', true],
    ['https://www.facebook.com./ppk/posts/1', true],
    ['http://www.facebook.com/ppk/posts/1', false],
    ['javascript:alert(1)//facebook.com', false],
    ['data:text/html,facebook.com', false],
    ['https://facebook.com.evil.example/posts/1', false],
    ['https://evilfacebook.com/posts/1', false],
    ['https://www.facebook.co/posts/1', false],
    ['https://instagram.com@evil.example/p/1', false],
    ['https://user:pass@www.facebook.com/p/1', false],
    ['https://www.facebook.com:8443/ppk/posts/1', false],
    ['https://l.facebook.com.evil.example/?u=x', false],
    ['https://evil.example/www.facebook.com/posts/1', false],
    ['https://threads.net/@kpu/post/1', false],
    ['www.facebook.com/ppk/posts/1', false],
    ['', false],
    ['https://', false],
  ])('%j is a post link: %s', (link, expected) => {
    expect(isPostLink(link)).toBe(expected);
    expect(postLinkFrom(link) !== null).toBe(expected);
  });

  test('a pasted link is trimmed, and fb.com becomes the www.facebook.com address it redirects to', () => {
    expect(postLinkFrom('  https://www.instagram.com/p/abc/ \n')).toBe('https://www.instagram.com/p/abc/');
    expect(postLinkFrom('https://fb.com/ppk/posts/1?x=1#c')).toBe('https://www.facebook.com/ppk/posts/1?x=1#c');
    expect(postLinkFrom('https://www.fb.com/1')).toBe('https://www.facebook.com/1');
    expect(postLinkFrom('https://fb.com.evil.example/1')).toBeNull();
  });

  test('the record schema refuses a link off Facebook and Instagram, naming it in both languages', () => {
    const refusal = (() => {
      try {
        validPost(samplePost({ postUrl: 'https://evil.example/p/1' }));
      } catch (error) {
        return (error as PostStoreError).reference;
      }
    })();
    expect(say(refusal!)).toContain(
      'postUrl: tautan postingan harus alamat https:// di facebook.com atau instagram.com',
    );
    expect(say(refusal!, 'en')).toContain(
      'postUrl: a post link must be an https:// address on facebook.com or instagram.com',
    );
  });
});

describe('content type, theme, engagement', () => {
  test.each([
    [{ images: 0, videos: 0, links: 0 }, 'teks'],
    [{ images: 0, videos: 0, links: 2 }, 'tautan'],
    [{ images: 1, videos: 0, links: 0 }, 'foto'],
    [{ images: 4, videos: 0, links: 1 }, 'foto'],
    [{ images: 0, videos: 1, links: 0 }, 'video'],
    [{ images: 3, videos: 1, links: 1 }, 'video'],
  ] as const)('attachments %j make a %s post', (attachments, type) => {
    expect(contentTypeFromAttachments(attachments)).toBe(type);
  });

  test('a post written from a template takes its theme; every built-in template carries one', () => {
    const workspace = workspaceFor();
    expect(workspace.pack.templates.every((template) => template.theme !== undefined)).toBe(true);
    const record = buildPostRecord(
      {
        id: 'post-theme-0001',
        platform: 'facebook',
        text: 'Pantarlih datang ke rumah Anda.',
        account: null,
        hostUrl: 'https://www.facebook.com/',
        templateId: 'coklit-pantarlih-datang',
        status: 'published',
        publishedAt: new Date('2024-07-01T02:00:00Z'),
        contentType: 'foto',
      },
      workspace,
      new Date('2024-07-01T02:00:00Z'),
    );
    expect(record).toMatchObject({ theme: 'sosialisasi-tahapan', contentType: 'foto' });
    const untemplated = buildPostRecord(
      {
        ...record,
        publishedAt: new Date(record.createdAt),
        account: null,
        templateId: undefined,
        contentType: undefined,
      },
      workspace,
      new Date(record.createdAt),
    );
    expect(untemplated.theme).toBeUndefined();
    expect(untemplated.contentType).toBeUndefined();
  });

  test.each([
    [
      { likes: '12', comments: '', shares: '3', reach: '', readOn: '2024-07-05' },
      { likes: 12, shares: 3 },
    ],
    [{ likes: '', comments: '', shares: '', reach: '', readOn: '2024-07-05' }, undefined],
    [
      { likes: '0', comments: '0', shares: '0', reach: '1500', readOn: '2024-07-05' },
      { likes: 0, reach: 1500 },
    ],
  ])('engagement fields %j read as %j', (input, expected) => {
    const parsed = parseEngagement(input, 'Asia/Jakarta');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    if (expected === undefined) expect(parsed.engagement).toBeUndefined();
    else {
      expect(parsed.engagement).toMatchObject(expected);
      // Noon WIB on the day read.
      expect(new Date(parsed.engagement!.readAt).toISOString()).toBe('2024-07-05T05:00:00.000Z');
    }
  });

  test.each([
    [{ likes: '1.200', comments: '', shares: '', reach: '', readOn: '2024-07-05' }, ['likes'], false],
    [{ likes: '-3', comments: 'banyak', shares: '', reach: '', readOn: '2024-07-05' }, ['likes', 'comments'], false],
    [{ likes: '5', comments: '', shares: '', reach: '', readOn: '' }, [], true],
  ])('engagement fields %j are refused, naming the fields', (input, fields, missingDate) => {
    const parsed = parseEngagement(input, 'Asia/Jakarta');
    expect(parsed).toEqual({
      ok: false,
      badCounts: fields.map((field) => ({ field, value: input[field as 'likes'] })),
      missingDate,
    });
  });

  test('engagement, theme and content type are edited and kept; an emptied field goes away', async () => {
    const db = new PanduDatabase(`pandu-fields-${++databases}`);
    await db.posts.add(samplePost());
    const engagement = { likes: 40, comments: 2, readAt: Date.parse('2024-07-05T05:00:00Z') };
    await editPost(db, 'post-0001-abcdef', { theme: 'pengumuman', contentType: 'infografis', engagement });
    expect(await db.posts.get('post-0001-abcdef')).toMatchObject({
      theme: 'pengumuman',
      contentType: 'infografis',
      engagement,
    });
    await editPost(db, 'post-0001-abcdef', { theme: undefined });
    expect((await db.posts.get('post-0001-abcdef'))?.theme).toBeUndefined();
    const refused = await editPost(db, 'post-0001-abcdef', {
      engagement: { readAt: Date.now() } as PostRecord['engagement'],
    }).catch((error: unknown) => error as PostStoreError);
    expect(say(refused!.reference)).toContain('isi paling sedikit satu angka interaksi');
  });

  test('followers per account per week: a second reading of the week replaces the first; bad ones are refused', async () => {
    const db = new PanduDatabase(`pandu-audience-${++databases}`);
    const reading = { platform: 'facebook' as const, account: 'PPK Tahunan', week: '2024-W27', readAt: 1 };
    await saveAudience(db, { ...reading, followers: 1500 });
    await saveAudience(db, { ...reading, followers: 1520 });
    await saveAudience(db, { ...reading, week: '2024-W28', followers: 1600 });
    expect(await audienceOfWeek(db, '2024-W27')).toEqual([{ ...reading, followers: 1520 }]);
    const negative = await saveAudience(db, { ...reading, followers: -1 }).catch(
      (error: unknown) => error as PostStoreError,
    );
    expect(say(negative!.reference)).toContain('Jumlah pengikut tidak disimpan: followers');
    await expect(saveAudience(db, { ...reading, week: 'minggu lalu', followers: 1 })).rejects.toThrow(/week/);
  });
});

describe('database version 4', () => {
  const oldRecords: PostRecord[] = [
    samplePost({ id: 'post-old-fb-0001', postUrl: 'https://www.facebook.com/ppk/posts/1' }),
    samplePost({ id: 'post-old-short-01', postUrl: 'https://fb.com/ppk/posts/2' }),
    samplePost({ id: 'post-old-other-01', postUrl: 'https://s.id/pleno', notes: 'undangan pleno' }),
    samplePost({ id: 'post-old-other-02', postUrl: 'https://kpu-jepara.go.id/berita/1' }),
    samplePost({ id: 'post-old-none-01' }),
  ];

  test('a version 3 database upgrades: every record kept, links off the sites moved into the notes', async () => {
    const name = `pandu-v3-${++databases}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({
      posts: 'id, createdAt, platform, status, source, *stageIds, [status+createdAt], deletedAt',
    });
    await v3.table('posts').bulkAdd(oldRecords);
    v3.close();

    const upgraded = new PanduDatabase(name);
    const rows = await upgraded.posts.orderBy('id').toArray();
    expect(upgraded.verno).toBeGreaterThanOrEqual(4);
    expect(rows).toHaveLength(oldRecords.length);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('post-old-fb-0001')).toEqual(oldRecords[0]);
    expect(byId.get('post-old-short-01')?.postUrl).toBe('https://www.facebook.com/ppk/posts/2');
    expect(byId.get('post-old-other-01')).toMatchObject({
      notes: 'undangan pleno\nTautan lama / old link: https://s.id/pleno',
    });
    expect(byId.get('post-old-other-01')?.postUrl).toBeUndefined();
    expect(byId.get('post-old-other-02')?.notes).toBe('Tautan lama / old link: https://kpu-jepara.go.id/berita/1');
    expect(byId.get('post-old-none-01')).toEqual(oldRecords[4]);
    // Every upgraded record is valid under the current schema, and the new table answers.
    for (const row of rows) expect(() => validPost(row)).not.toThrow();
    expect(await upgraded.audience.count()).toBe(0);
    upgraded.close();
  });

  test('a backup written before version 4 restores, through the same migration', () => {
    const parsed = backupSchema.parse({
      kind: 'pandu-backup',
      schemaVersion: 1,
      exportedAt: '2024-07-08T00:00:00Z',
      posts: oldRecords,
    });
    expect(parsed.posts).toEqual(oldRecords.map((record) => migratePostRecord(record)));
  });

  test('the migration is idempotent', () => {
    for (const record of oldRecords) {
      const once = migratePostRecord(record);
      expect(migratePostRecord(once)).toEqual(once);
    }
  });
});

const filled = (index: number, overrides: Partial<PostRecord> = {}) =>
  samplePost({
    id: `post-filled-${String(index).padStart(4, '0')}`,
    createdAt: Date.parse('2024-07-01T02:00:00Z') + index * 3_600_000,
    postUrl: `https://www.facebook.com/ppk.tahunan/posts/${index}`,
    theme: index % 2 === 0 ? 'pengumuman' : 'ajakan-partisipasi',
    contentType: index % 3 === 0 ? 'foto' : 'teks',
    engagement: {
      likes: 10 * index,
      comments: index,
      shares: 1,
      reach: 100 * index,
      readAt: Date.parse('2024-07-08T05:00:00Z'),
    },
    ...overrides,
  });

describe('the weekly report with the new fields', () => {
  const posts = [1, 2, 3, 4].map((index) => filled(index));
  const audience = [
    { platform: 'facebook' as const, account: 'PPK Tahunan', week: '2024-W27', followers: 1520, readAt: 1 },
    { platform: 'instagram' as const, account: 'ppk.tahunan', week: '2024-W27', followers: 830, readAt: 1 },
    { platform: 'instagram' as const, account: 'ppk.tahunan', week: '2024-W26', followers: 700, readAt: 1 },
  ];
  const report = buildWeeklyReport(posts, week27, PPK_PROFILE, { audience });

  test('the summary counts per theme and content type, adds up engagement, and lists followers', () => {
    expect(weeklyReportSchema.parse(report).schemaVersion).toBe(2);
    expect(report.summary).toMatchObject({
      perTheme: { pengumuman: 2, 'ajakan-partisipasi': 2 },
      perContentType: { foto: 1, teks: 3 },
      engagement: { postsWithCounts: 4, likes: 100, comments: 10, shares: 4, reach: 1000 },
      audience: [
        { platform: 'facebook', account: 'PPK Tahunan', followers: 1520 },
        { platform: 'instagram', account: 'ppk.tahunan', followers: 830 },
      ],
    });
    expect(report.posts[0]?.engagement).toEqual({
      likes: 10,
      comments: 1,
      shares: 1,
      reach: 100,
      readOn: '2024-07-08',
    });
  });

  test('a version 1 report file (before these fields) still reads and recaps', () => {
    const old = { ...structuredClone(report), schemaVersion: 1 };
    delete (old.summary as Partial<typeof old.summary>).perTheme;
    delete (old.summary as Partial<typeof old.summary>).perContentType;
    delete (old.summary as Partial<typeof old.summary>).engagement;
    delete (old.summary as Partial<typeof old.summary>).audience;
    const read = readReports([
      {
        name: 'lama.json',
        text: JSON.stringify({
          ...old,
          posts: old.posts.map(({ engagement: _e, theme: _t, contentType: _c, ...rest }) => rest),
        }),
      },
    ]);
    expect(read.rejected).toEqual([]);
    const [row] = recapByBody(read.reports);
    expect(row).toMatchObject({ posts: 4, perTheme: new Map(), reasonsGiven: 0 });
    expect(row?.engagement).toEqual({ postsWithCounts: 0, likes: 0, comments: 0, shares: 0, reach: 0 });
  });

  test('XLSX read back with ExcelJS: date cells in the body’s zone, numbers, hyperlinks, frozen header, autofilter, widths', async () => {
    const { calendar } = defaults();
    const file = await exportReport(report, 'xlsx', calendar, translator('id'));
    const book = new Workbook();
    await book.xlsx.load(await file.blob.arrayBuffer());
    const sheet = book.getWorksheet('Postingan') as Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const column = (name: string) => header.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(5);
    // 1 July 09:00 WIB is the first post: the cell is a date holding that wall-clock time.
    const time = sheet.getCell(2, column('Waktu (Asia/Jakarta)'));
    expect(time.type).toBe(4 /* ValueType.Date */);
    expect((time.value as Date).toISOString()).toBe('2024-07-01T10:00:00.000Z');
    expect(time.numFmt).toBe('yyyy-mm-dd hh:mm');
    for (const name of ['No', 'Galat', 'Peringatan', 'Suka/reaksi', 'Komentar', 'Dibagikan', 'Jangkauan'])
      expect(typeof sheet.getCell(2, column(name)).value, name).toBe('number');
    expect(sheet.getCell(2, column('Suka/reaksi')).value).toBe(10);
    const read = sheet.getCell(2, column('Interaksi dibaca'));
    expect((read.value as Date).toISOString()).toBe('2024-07-08T00:00:00.000Z');
    expect(read.numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell(2, column('Tautan')).value).toEqual({
      text: 'https://www.facebook.com/ppk.tahunan/posts/1',
      hyperlink: 'https://www.facebook.com/ppk.tahunan/posts/1',
    });
    expect(sheet.getCell(2, column('Tema')).value).toBe('Ajakan partisipasi');
    expect(sheet.getCell(2, column('Jenis konten')).value).toBe('Teks');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:V5');
    // Widths fit: a date column is as wide as a date, the text column wraps at its cap.
    expect(sheet.getColumn(column('Waktu (Asia/Jakarta)')).width).toBe(22);
    expect(sheet.getColumn(column('No')).width).toBe(6);
    const summary = book.getWorksheet('Ringkasan') as Worksheet;
    const summaryRows = summary.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(summaryRows).toContainEqual(['Pengumuman', 2]);
    expect(summaryRows).toContainEqual(['Foto', 1]);
    expect(summaryRows).toContainEqual(['Suka/reaksi', 100]);
    expect(summaryRows).toContainEqual(['PPK Tahunan', 'Facebook', 1520]);
    for (const title of [
      'Per tahapan',
      'Per tema',
      'Per platform',
      'Per jenis konten',
      'Interaksi',
      'Temuan yang diperiksa admin',
    ])
      expect(summaryRows).toContainEqual([title]);
  });

  test.each([
    ['2024-07-01 09:00', '2024-07-01T09:00:00.000Z'],
    ['2024-12-31 23:59', '2024-12-31T23:59:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('a local time %s is stored as that wall-clock time, whatever the computer’s zone', (local, utc) => {
    expect(excelDate(local).toISOString()).toBe(utc);
  });

  test('column widths fit the longest line, within bounds', () => {
    expect(
      columnWidths([
        ['No', 'x'.repeat(200)],
        [12345, 'a\nbb'],
      ]),
    ).toEqual([7, 60]);
  });

  test('the printable report carries the form heading, the summary tables, the links and the signature', () => {
    const printable = printableReport(report, defaults().calendar, translator('id'), new Date('2024-07-08T03:00:00Z'));
    expect(printable.heading).toEqual([
      'Laporan mingguan media sosial',
      'Panitia Pemilihan Kecamatan Tahunan',
      'Kabupaten Jepara',
      'Provinsi Jawa Tengah',
    ]);
    expect(printable.identity).toContainEqual(['Periode', 'Senin, 1 Juli 2024 – Minggu, 7 Juli 2024 (Asia/Jakarta)']);
    expect(printable.summary.map((table) => table.title)).toContain('Per jenis konten');
    expect(printable.posts.map((post) => post.link)).toEqual(posts.map((post) => post.postUrl));
    expect(printable.signature).toEqual({
      placeAndDate: 'Tahunan, 8 Juli 2024',
      acknowledged: 'Mengetahui,',
      office: 'Ketua PPK Tahunan',
      nameLine: '(……………………………………)',
    });
  });

  test('the shared summary: counts, themes, engagement, followers and links, as a wa.me link', () => {
    const text = weekSummaryText(report, defaults().calendar, translator('id'));
    expect(text).toContain('Postingan: 4 (Facebook 4, Instagram 0)');
    expect(text).toContain('Tema: Ajakan partisipasi 2, Pengumuman 2');
    expect(text).toContain('Interaksi (4 postingan): 100 suka/reaksi, 10 komentar, 4 dibagikan, jangkauan 1000');
    expect(text).toContain('Pengikut PPK Tahunan: 1520');
    expect(text).toContain('https://www.facebook.com/ppk.tahunan/posts/4');
    const url = new URL(whatsAppShareUrl(text));
    expect(url.origin).toBe('https://wa.me');
    expect(url.searchParams.get('text')).toBe(text);
    const many = buildWeeklyReport(
      Array.from({ length: 25 }, (_, index) => filled(index + 1)),
      week27,
      PPK_PROFILE,
    );
    const long = weekSummaryText(many, defaults().calendar, translator('en'));
    expect(long.match(/https:\/\/www\.facebook\.com/g)).toHaveLength(SHARED_LINKS);
    expect(long).toContain(`… and ${25 - SHARED_LINKS} more`);
  });
});

describe('the recap with the new fields', () => {
  const report = (body: number, week: string, posts: PostRecord[]) => {
    const built = buildWeeklyReport(
      posts,
      weekFromLabel(week, 'Asia/Jakarta')!,
      { ...PPK_PROFILE, kecamatan: `Kecamatan ${body}` },
      {
        audience: [{ platform: 'facebook', account: 'PPK', week, followers: 1000 + Number(week.slice(-2)), readAt: 1 }],
      },
    );
    return { name: `${body}-${week}.json`, text: JSON.stringify(built) };
  };

  test('adds up per body, names the weeks a body missed, keeps the latest followers', () => {
    const w27 = weekFromLabel('2024-W27', 'Asia/Jakarta')!.start.getTime();
    const w29 = weekFromLabel('2024-W29', 'Asia/Jakarta')!.start.getTime();
    const reviewed = filled(1, {
      createdAt: w29 + 3_600_000,
      reviews: [
        { rule: 'misspelling', subject: 'yangg', severity: 'warning', count: 1, reason: 'kutipan', reviewedAt: 1 },
      ],
    });
    const files = [
      report(1, '2024-W27', [filled(1, { createdAt: w27 + 1 }), filled(2, { createdAt: w27 + 2 })]),
      report(1, '2024-W29', [reviewed]),
      report(2, '2024-W27', []),
      report(2, '2024-W28', [filled(3, { createdAt: weekFromLabel('2024-W28', 'Asia/Jakarta')!.start.getTime() })]),
      report(2, '2024-W29', []),
    ];
    const rows = recapByBody(readReports(files).reports);
    expect(rows.map((row) => [row.kecamatan, row.missingWeeks])).toEqual([
      ['Kecamatan 1', ['2024-W28']],
      ['Kecamatan 2', []],
    ]);
    expect(rows[0]).toMatchObject({
      posts: 3,
      reasonsGiven: 1,
      engagement: { postsWithCounts: 3, likes: 40, comments: 4, shares: 3, reach: 400 },
      perTheme: new Map([
        ['ajakan-partisipasi', 2],
        ['pengumuman', 1],
      ]),
    });
    expect(rows[0]?.followers).toEqual(new Map([['facebook:PPK', { week: '2024-W29', followers: 1029 }]]));
  });

  test.each([
    ['2024-W27', '2024-W27', 1],
    ['2024-W52', '2025-W02', 3],
    ['2020-W52', '2021-W01', 3],
    ['2024-W01', '2024-W26', 26],
  ])('weeks from %s to %s: %i', (first, last, count) => {
    const weeks = weeksBetween(first, last);
    expect(weeks).toHaveLength(count);
    expect(weeks[0]).toBe(first);
    expect(weeks.at(-1)).toBe(last);
  });
});
