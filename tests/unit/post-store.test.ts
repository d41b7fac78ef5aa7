/**
 * The post store: the one way into the log. Deleting moves a post to a bin the admin empties; a restore keeps
 * the newer copy of each post; every write is validated; pages read it live.
 */
import Dexie from 'dexie';
import { describe, expect, test, vi } from 'vitest';
import { PanduDatabase } from '@/lib/posts/database';
import {
  addManualPost,
  applyRestore,
  deletePost,
  editPost,
  emptyBin,
  liveBin,
  livePostsBetween,
  planRestore,
  postsBetween,
  PostStoreError,
  restoreFromBin,
  saveDetectedPost,
} from '@/lib/posts/store';
import type { PostRecord } from '@/lib/posts/schema';
import { samplePost, say } from './helpers';

let databases = 0;
const freshName = () => `pandu-store-${++databases}`;
const WEEK = { from: Date.parse('2024-07-01T00:00:00Z'), to: Date.parse('2024-07-08T00:00:00Z') };
const at = (day: number, hour = 2) => Date.parse(`2024-07-0${day}T0${hour}:00:00Z`);

function posts(): PostRecord[] {
  return [1, 2, 3].map((day) =>
    samplePost({ id: `post-day-${day}-abc`, text: `Postingan hari ${day}`, createdAt: at(day), updatedAt: at(day) }),
  );
}

/** The latest value an observable gave, once `ready` accepts it. */
function nextValue<T>(
  observable: { subscribe(next: (value: T) => void): { unsubscribe(): void } },
  ready: (value: T) => boolean,
) {
  return new Promise<T>((resolve) => {
    const subscription = observable.subscribe((value) => {
      if (!ready(value)) return;
      subscription.unsubscribe();
      resolve(value);
    });
  });
}

describe('the bin', () => {
  test('a deleted post leaves the week and waits in the bin, across a reload, until the bin is emptied', async () => {
    const name = freshName();
    const db = new PanduDatabase(name);
    for (const post of posts()) await saveDetectedPost(db, post);
    await deletePost(db, 'post-day-2-abc', at(5));
    expect((await postsBetween(db, WEEK.from, WEEK.to)).map((post) => post.id)).toEqual([
      'post-day-3-abc',
      'post-day-1-abc',
    ]);
    db.close();

    // A new page (or the browser restarted): the deleted post is still there to bring back.
    const reopened = new PanduDatabase(name);
    const bin = await nextValue(liveBin(reopened), (value: PostRecord[]) => value.length > 0);
    expect(bin.map((post) => [post.id, post.deletedAt])).toEqual([['post-day-2-abc', at(5)]]);
    await restoreFromBin(reopened, 'post-day-2-abc', at(6));
    const back = await reopened.posts.get('post-day-2-abc');
    expect(back).toEqual({ ...posts()[1], updatedAt: at(6) });
    expect(await postsBetween(reopened, WEEK.from, WEEK.to)).toHaveLength(3);

    await deletePost(reopened, 'post-day-1-abc', at(6));
    await deletePost(reopened, 'post-day-3-abc', at(6, 3));
    expect(await emptyBin(reopened)).toBe(2);
    expect((await reopened.posts.toArray()).map((post) => post.id)).toEqual(['post-day-2-abc']);
  });
});

describe('restoring a backup keeps the newer copy of each post', () => {
  test('an edit made after the backup is kept and listed; an older log copy is replaced and listed', async () => {
    const db = new PanduDatabase(freshName());
    const [first, second, third] = posts() as [PostRecord, PostRecord, PostRecord];
    for (const post of [first, second]) await saveDetectedPost(db, post);
    // The backup was taken on day 4; the admin edited the first post on day 5, the second before the backup.
    await editPost(db, first.id, { notes: 'diperiksa setelah cadangan' }, at(5));
    const backup = {
      kind: 'pandu-backup' as const,
      schemaVersion: 1 as const,
      exportedAt: '2024-07-04T00:00:00Z',
      posts: [
        { ...first, notes: 'catatan lama di cadangan', updatedAt: at(4) },
        { ...second, notes: 'catatan di cadangan', updatedAt: at(4) },
        third,
      ],
    };
    const plan = await planRestore(db, backup);
    expect(plan.added.map((post) => post.id)).toEqual([third.id]);
    expect(plan.replaced.map((entry) => [entry.current.id, entry.backup.notes])).toEqual([
      [second.id, 'catatan di cadangan'],
    ]);
    expect(plan.kept.map((entry) => [entry.current.notes, entry.backup.notes])).toEqual([
      ['diperiksa setelah cadangan', 'catatan lama di cadangan'],
    ]);

    // Meanwhile, in another tab, the second post is edited again: newer than the backup, so it stays.
    await editPost(db, second.id, { notes: 'diubah di tab lain' }, at(6));
    expect(await applyRestore(db, plan)).toEqual({ written: 1 });
    expect((await db.posts.get(first.id))?.notes).toBe('diperiksa setelah cadangan');
    expect((await db.posts.get(second.id))?.notes).toBe('diubah di tab lain');
    expect(await db.posts.get(third.id)).toEqual(third);
  });
});

describe('every write is validated, and refused in words', () => {
  test.each(['javascript:alert(1)', 'http://www.facebook.com/1', 'www.facebook.com/1'])(
    'an edited link %j is refused, naming the field; the record is unchanged',
    async (postUrl) => {
      const db = new PanduDatabase(freshName());
      const [post] = posts() as [PostRecord];
      await saveDetectedPost(db, post);
      const failure = await editPost(db, post.id, { postUrl }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(PostStoreError);
      expect(say((failure as PostStoreError).reference)).toBe(
        'Postingan tidak disimpan: postUrl: tautan postingan harus alamat https:// di facebook.com atau instagram.com',
      );
      expect(await db.posts.get(post.id)).toEqual(post);
    },
  );

  test('a post added by hand never overwrites one with the same id', async () => {
    const db = new PanduDatabase(freshName());
    const [post] = posts() as [PostRecord];
    await saveDetectedPost(db, post);
    await expect(addManualPost(db, { ...post, text: 'lain' })).rejects.toBeInstanceOf(PostStoreError);
    expect(await db.posts.get(post.id)).toEqual(post);
  });

  test('a record the schema refuses is never written', async () => {
    const db = new PanduDatabase(freshName());
    const broken = { ...samplePost(), createdAt: -5 } as PostRecord;
    await expect(saveDetectedPost(db, broken)).rejects.toThrow(/createdAt: minimal 1|createdAt/);
    expect(await db.posts.count()).toBe(0);
  });
});

test('a page reading the week live sees a post the background logs', async () => {
  const name = freshName();
  const page = new PanduDatabase(name);
  const background = new PanduDatabase(name);
  const seen = vi.fn();
  const subscription = livePostsBetween(page, WEEK.from, WEEK.to).subscribe(seen);
  await vi.waitFor(() => expect(seen).toHaveBeenCalledWith([]));
  await saveDetectedPost(background, posts()[0]!);
  await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith([posts()[0]]));
  subscription.unsubscribe();
});

test('a log written by schema version 2 upgrades to 4 without losing a field', async () => {
  const name = freshName();
  const v2 = new Dexie(name);
  v2.version(2).stores({ posts: 'id, createdAt, platform, status, source, *stageIds, [status+createdAt]' });
  const rows = [...posts(), samplePost({ id: 'post-with-link', postUrl: 'https://fb.com/1', notes: 'lama' })];
  await v2.table('posts').bulkAdd(rows);
  v2.close();

  const upgraded = new PanduDatabase(name);
  // Version 4 writes Facebook's short host as the address it redirects to (tests/unit/weekly-report-fields).
  const expected = rows.map((row) =>
    row.id === 'post-with-link' ? { ...row, postUrl: 'https://www.facebook.com/1' } : row,
  );
  expect(await upgraded.posts.orderBy('id').toArray()).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
  expect(upgraded.verno).toBeGreaterThanOrEqual(4);
  // The new index answers: nothing in the bin until something is deleted.
  expect(await upgraded.posts.where('deletedAt').above(0).count()).toBe(0);
  await deletePost(upgraded, 'post-with-link', at(5));
  expect(await upgraded.posts.where('deletedAt').above(0).primaryKeys()).toEqual(['post-with-link']);
});
