import { z } from 'zod';
import type { PanduDatabase } from './db';
import { problem, problemsFromZod, type ParseResult } from './schemas/problems';
import { postRecordSchema, type PostRecord } from './schemas/post';

export const backupSchema = z.strictObject({
  kind: z.literal('pandu-backup'),
  schemaVersion: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  posts: z.array(postRecordSchema),
});

export type Backup = z.infer<typeof backupSchema>;

/** Rows read per batch while writing a backup: the whole log is never held as objects at once. */
const BATCH = 2000;

/**
 * The whole post log as one JSON file, written batch by batch into a Blob (which the browser may keep on
 * disk), so a season of 100,000 posts never sits in memory twice.
 */
export async function exportBackup(db: PanduDatabase, exportedAt = new Date()): Promise<Blob> {
  let blob = new Blob([
    `{"kind":"pandu-backup","schemaVersion":1,"exportedAt":"${exportedAt.toISOString()}","posts":[`,
  ]);
  let lastId: string | undefined;
  let first = true;
  for (;;) {
    const batch: PostRecord[] = await (lastId === undefined
      ? db.posts.orderBy('id').limit(BATCH).toArray()
      : db.posts.where('id').above(lastId).limit(BATCH).toArray());
    if (batch.length === 0) break;
    const json = batch.map((post) => JSON.stringify(post)).join(',');
    blob = new Blob([blob, first ? json : `,${json}`]);
    first = false;
    lastId = batch[batch.length - 1]?.id;
  }
  return new Blob([blob, ']}'], { type: 'application/json' });
}

/** Reads a backup file; anything malformed or foreign is a list of problems, never a partial restore. */
export function parseBackup(text: string): ParseResult<Backup> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem([], `bukan JSON yang sah: ${detail}`, `not valid JSON: ${detail}`)] };
  }
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== 'pandu-backup')
    return {
      ok: false,
      problems: [problem([], 'bukan berkas cadangan Pandu', 'not a Pandu backup file')],
    };
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, json).slice(0, 50) };
  const ids = new Set<string>();
  const duplicates = parsed.data.posts.flatMap((post, index) => {
    if (!ids.has(post.id)) {
      ids.add(post.id);
      return [];
    }
    return [problem(['posts', index, 'id'], `id '${post.id}' ganda`, `duplicate id '${post.id}'`)];
  });
  return duplicates.length > 0 ? { ok: false, problems: duplicates } : { ok: true, value: parsed.data };
}

export interface RestorePlan {
  added: PostRecord[];
  replaced: PostRecord[];
  unchanged: number;
}

const same = (a: PostRecord, b: PostRecord) => JSON.stringify(a) === JSON.stringify(b);

/** What restoring would do, shown before anything is written. */
export async function planRestore(db: PanduDatabase, backup: Backup): Promise<RestorePlan> {
  const plan: RestorePlan = { added: [], replaced: [], unchanged: 0 };
  const existing = await db.posts.bulkGet(backup.posts.map((post) => post.id));
  backup.posts.forEach((post, index) => {
    const current = existing[index];
    if (!current) plan.added.push(post);
    else if (same(current, post)) plan.unchanged++;
    else plan.replaced.push(post);
  });
  return plan;
}

/** Writes a plan in one transaction: all of it or, on any failure, none of it. */
export async function applyRestore(db: PanduDatabase, plan: RestorePlan): Promise<void> {
  await db.transaction('rw', db.posts, async () => {
    await db.posts.bulkPut([...plan.added, ...plan.replaced]);
  });
}
