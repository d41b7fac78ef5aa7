import { z } from 'zod';
import type { PanduDatabase } from './database';
import { postBatches } from './store';
import { problem, problemsFromZod, type ParseResult } from '../schemas/problems';
import { migratePostRecord } from './migration';
import { postRecordSchema } from './schema';
import { errorMessage } from '../messages/errors';

export const backupSchema = z.strictObject({
  kind: z.literal('pandu-backup'),
  schemaVersion: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  // A backup written before database version 4 may hold a link the log no longer keeps as a link.
  posts: z.array(
    z.preprocess(
      (post) => (typeof post === 'object' && post !== null ? migratePostRecord(post) : post),
      postRecordSchema,
    ),
  ),
});

export type Backup = z.infer<typeof backupSchema>;

/** Rows read per batch while writing a backup: the whole log is never held as objects at once. */
const BATCH = 2000;

/**
 * The largest backup Pandu reads: about 130,000 posts, a whole season of a busy PPK several times over. The
 * file is read whole into memory, so its size is checked before reading.
 */
export const MAX_BACKUP_BYTES = 100_000_000;

/**
 * The whole post log (the bin too) as one JSON file, written batch by batch into a Blob (which the browser
 * may keep on disk), so a season of 100,000 posts never sits in memory twice.
 */
export async function exportBackup(db: PanduDatabase, exportedAt = new Date()): Promise<Blob> {
  let blob = new Blob([
    `{"kind":"pandu-backup","schemaVersion":1,"exportedAt":"${exportedAt.toISOString()}","posts":[`,
  ]);
  let first = true;
  for await (const batch of postBatches(db, BATCH)) {
    const json = batch.map((post) => JSON.stringify(post)).join(',');
    blob = new Blob([blob, first ? json : `,${json}`]);
    first = false;
  }
  return new Blob([blob, ']}'], { type: 'application/json' });
}

/** Reads a backup file; anything malformed or foreign is a list of problems, never a partial restore. */
export function parseBackup(text: string): ParseResult<Backup> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [problem([], 'problem.notJson', { detail: errorMessage(error) })] };
  }
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== 'pandu-backup')
    return {
      ok: false,
      problems: [problem([], 'problem.notBackup')],
    };
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, json).slice(0, 50) };
  const ids = new Set<string>();
  const duplicates = parsed.data.posts.flatMap((post, index) => {
    if (!ids.has(post.id)) {
      ids.add(post.id);
      return [];
    }
    return [problem(['posts', index, 'id'], 'problem.duplicatePostId', { id: post.id })];
  });
  return duplicates.length > 0 ? { ok: false, problems: duplicates } : { ok: true, value: parsed.data };
}
