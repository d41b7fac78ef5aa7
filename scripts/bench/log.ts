import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { exportBackup } from '../../lib/posts/backup';
import { PanduDatabase } from '../../lib/posts/database';
import { postsBetween, saveDetectedPost } from '../../lib/posts/store';
import { builtInData } from '../../lib/workspace/defaults';
import type { Profile } from '../../lib/schemas';
import type { PostRecord } from '../../lib/posts/schema';
import { translator } from '../../lib/messages/i18n';
import { exportReport } from '../../lib/report/export';
import { readReports, recapByBody } from '../../lib/report/recap';
import { buildWeeklyReport } from '../../lib/report/weekly';
import { weekFromLabel } from '../../lib/report/weeks';
import { sized } from './quick';

const PROFILE: Partial<Profile> = { role: 'ppk', province: 'Jawa Tengah', kabupaten: 'Jepara', kecamatan: 'Tahunan' };
const WEEK = weekFromLabel('2024-W27', 'Asia/Jakarta') as NonNullable<ReturnType<typeof weekFromLabel>>;
const TEXT =
  'Pantarlih sedang melakukan pencocokan dan penelitian (coklit) data pemilih dari rumah ke rumah.\n\n' +
  'Siapkan KTP-el dan Kartu Keluarga saat Pantarlih datang.\n\n#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan';

function post(index: number, createdAt: number): PostRecord {
  return {
    id: `bench-${String(index).padStart(8, '0')}`,
    platform: index % 3 === 0 ? 'instagram' : 'facebook',
    account: 'PPK Tahunan',
    hostUrl: 'https://www.facebook.com/',
    text: `${TEXT} ${index}`,
    hashtags: ['#TemanPemilih', '#PilkadaSerentak2024', '#KPUJepara', '#PPKTahunan'],
    stageIds: ['coklit', 'pemutakhiran-data-pemilih'],
    templateId: 'coklit-pantarlih-datang',
    findings: { errors: index % 10 === 0 ? 1 : 0, warnings: 0, infos: 0, rules: [] },
    status: 'published',
    source: 'detected',
    createdAt,
    updatedAt: createdAt,
    // Every field of issue 13 filled: the export writes each (a hyperlink, counts, a second date).
    postUrl: `https://www.facebook.com/ppk.tahunan/posts/pfbid0${index}`,
    theme: index % 2 === 0 ? 'sosialisasi-tahapan' : 'ajakan-partisipasi',
    contentType: index % 3 === 0 ? 'foto' : 'teks',
    engagement: { likes: index % 500, comments: index % 40, shares: index % 9, reach: index * 3, readAt: createdAt },
  };
}

const ms = (start: number) => Math.round(performance.now() - start);

/** Heap still in use after a full collection (npm run bench runs Node with --expose-gc). */
function retainedHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** Measured in Node with fake-indexeddb (the same Dexie code the extension runs; Chromium's IndexedDB differs). */
export async function logFigures(): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  const { calendar } = builtInData();

  const count = (value: number) => value.toLocaleString('en-US');
  const weekPosts = sized(1000, 20);
  const db = new PanduDatabase('bench-week');
  let start = performance.now();
  const weekMs = WEEK.end.getTime() - WEEK.start.getTime();
  for (let i = 0; i < weekPosts; i++)
    await saveDetectedPost(db, post(i, WEEK.start.getTime() + Math.floor((i * weekMs) / weekPosts)));
  const insertMs = ms(start);
  rows.push({
    measure: `log ${count(weekPosts)} posts one by one (saveDetectedPost: validated, merge rule)`,
    ms: insertMs,
    rate: `${Math.round(weekPosts / (Math.max(insertMs, 1) / 1000))} posts/s`,
  });

  // XLSX twice: the first export of a page's life runs colder code (the writer is part of the page since
  // ExcelJS, a separate 1 MB chunk loaded on the first click, was replaced), the next is warm.
  for (const [format, label] of [
    ['xlsx', 'XLSX, first export of the page'],
    ['xlsx', 'XLSX, again'],
    ['csv', 'CSV'],
    ['json', 'JSON'],
  ] as const) {
    start = performance.now();
    const posts = await postsBetween(db, WEEK.start.getTime(), WEEK.end.getTime());
    const report = buildWeeklyReport(posts, WEEK, PROFILE);
    const file = await exportReport(report, format, calendar, translator('id'));
    rows.push({
      measure: `export a week of ${count(weekPosts)} posts as ${label} (read, build, write)`,
      ms: ms(start),
      size: `${mb(file.blob.size)} MB`,
    });
  }

  const big = new PanduDatabase('bench-backup');
  const backupPosts = sized(100_000, 200);
  await big.posts.bulkPut(Array.from({ length: backupPosts }, (_, i) => post(i, WEEK.start.getTime() + i * 1000)));
  const heapBefore = retainedHeap();
  start = performance.now();
  const backup = await exportBackup(big);
  const elapsed = ms(start);
  rows.push({
    measure: `full backup of ${count(backupPosts)} posts (batches of 2,000 into a Blob)`,
    ms: elapsed,
    size: `${mb(backup.size)} MB`,
    // The Blob's bytes live outside the JS heap; this is what the export keeps in it.
    'heap retained': `${mb(retainedHeap() - heapBefore)} MB`,
  });

  const week = buildWeeklyReport(
    Array.from({ length: 20 }, (_, i) => post(i, WEEK.start.getTime() + i * 3_600_000)),
    WEEK,
    PROFILE,
  );
  for (const [bodies, weeks] of [
    [sized(200, 3), 1],
    [sized(200, 3), sized(26, 2)],
  ] as const) {
    const files = [];
    for (let body = 0; body < bodies; body++)
      for (let w = 0; w < weeks; w++) {
        // One body in ten skips a week: the recap names the weeks each body missed.
        if (weeks > 1 && body % 10 === 0 && w === body % weeks) continue;
        files.push({
          name: `pps-${body}-${w}.json`,
          text: JSON.stringify({
            ...week,
            body: { ...week.body, name: `PPS Desa ${body}`, desa: `Desa ${body}`, role: 'pps' },
            week: { ...week.week, label: `2024-W${String(w + 1).padStart(2, '0')}` },
          }),
        });
      }
    start = performance.now();
    const { reports } = readReports(files);
    const readMs = ms(start);
    const added = performance.now();
    const table = recapByBody(reports);
    const addMs = ms(added);
    rows.push({
      measure: `recap of ${files.length.toLocaleString('en-US')} reports (${bodies} bodies × ${weeks} weeks, 20 posts each, engagement/themes/types/missing weeks; read, validate, add up)`,
      ms: ms(start),
      size: `${table.length} rows`,
      // Reading is JSON.parse and the schema check of every file; adding up is the recap itself.
      rate: `read ${readMs} ms + add up ${addMs} ms`,
    });
  }
  return rows;
}
