/**
 * No post is lost between the page and the database: the outbox keeps a record until the background says it
 * is saved, retrying with back-off; a newer version of the same post is never cleared by an older send.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { outboxItem, PostOutbox, retryDelay, type OutboxContents, type PendingPost } from '@/lib/content/outbox';
import type { DetectedPost, PostLinkMessage } from '@/lib/posts/schema';
import { samplePost } from './helpers';

let sent: DetectedPost[];
let links: PostLinkMessage[];
let logged: DetectedPost[];
let failures: number;
let changes: PendingPost[][];

/** A send that fails `failures` times first, as a stopped service worker does. */
const connection = async () => {
  if (failures > 0) {
    failures--;
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }
};

function outbox(store?: { get(): Promise<OutboxContents>; set(value: OutboxContents): Promise<void> }): PostOutbox {
  return new PostOutbox(
    'facebook',
    { changed: (pending) => changes.push(pending), logged: (post) => logged.push(post) },
    {
      logPost: async (record) => {
        await connection();
        sent.push(record);
      },
      attachPostLink: async (link) => {
        await connection();
        links.push(link);
      },
    },
    store,
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  links = [];
  logged = [];
  failures = 0;
  changes = [];
});

afterEach(() => {
  vi.useRealTimers();
});

describe('PostOutbox', () => {
  test('back-off doubles from 1 s and stops growing at 5 minutes', () => {
    expect([1, 2, 3, 4, 9, 20].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 256_000, 300_000]);
  });

  test('saved at once: nothing is left in storage', async () => {
    const box = outbox();
    expect(await box.add(samplePost())).toBe('saved');
    expect(sent).toEqual([samplePost()]);
    expect(await outboxItem.getValue()).toEqual({});
    box.stop();
  });

  test('a failed send stays in storage, says why, and goes out on the next tries with back-off', async () => {
    failures = 3;
    const box = outbox();
    expect(await box.add(samplePost())).toBe('pending');
    const stored = await outboxItem.getValue();
    expect(stored[samplePost().id]).toMatchObject({ attempts: 1, lastError: expect.stringContaining('Receiving end') });
    expect(changes.at(-1)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect((await outboxItem.getValue())[samplePost().id]?.attempts).toBe(2);
    await vi.advanceTimersByTimeAsync(2000);
    await vi.advanceTimersByTimeAsync(4000);
    expect(sent).toEqual([samplePost()]);
    expect(await outboxItem.getValue()).toEqual({});
    expect(changes.at(-1)).toEqual([]);
    box.stop();
  });

  test('a page that opens later sends what an earlier page left', async () => {
    failures = 1;
    const first = outbox();
    await first.add(samplePost());
    first.stop();
    const later = outbox();
    await vi.advanceTimersByTimeAsync(1000);
    await later.resume();
    expect(sent).toEqual([samplePost()]);
    expect(await later.pending()).toEqual([]);
    later.stop();
  });

  test('the same post queued again (its link found) replaces the waiting one and is sent as the newer', async () => {
    failures = 1;
    const box = outbox();
    await box.add(samplePost());
    const withLink = samplePost({ postUrl: 'https://www.facebook.com/ppktahunan/posts/1' });
    expect(await box.add(withLink)).toBe('saved');
    expect(sent).toEqual([withLink]);
    expect(await box.pending()).toEqual([]);
    box.stop();
  });

  test('a page sends and shows only its own site’s posts (the background takes a post from its own site only)', async () => {
    failures = 1;
    const instagram = new PostOutbox(
      'instagram',
      { changed: () => undefined },
      {
        logPost: () => Promise.reject(new Error('offline')),
        attachPostLink: () => Promise.reject(new Error('offline')),
      },
    );
    await instagram.add(samplePost({ id: 'post-ig-000001', platform: 'instagram' }));
    instagram.stop();
    const facebook = outbox();
    await facebook.add(samplePost());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toEqual([samplePost()]);
    expect(await facebook.pending()).toEqual([]);
    expect(Object.keys(await outboxItem.getValue())).toEqual(['post-ig-000001']);
    facebook.stop();
  });

  test('a link found after the post is saved goes alone, as attachPostLink; the post is not sent again', async () => {
    const box = outbox();
    expect(await box.add(samplePost())).toBe('saved');
    expect(logged).toEqual([samplePost()]);
    failures = 1;
    const link = 'https://www.facebook.com/ppktahunan/posts/1';
    expect(await box.attachLink(samplePost(), link)).toBe('pending');
    expect(await box.pending()).toMatchObject([{ linkOnly: true, record: { postUrl: link } }]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(links).toEqual([{ id: samplePost().id, postUrl: link }]);
    expect(sent).toEqual([samplePost()]);
    // Only the page's own publish says "logged", not its link.
    expect(logged).toHaveLength(1);
    expect(await box.pending()).toEqual([]);
    box.stop();
  });

  test('a link found while the post still waits goes with the post', async () => {
    failures = 1;
    const box = outbox();
    expect(await box.add(samplePost())).toBe('pending');
    const link = 'https://www.facebook.com/ppktahunan/posts/1';
    expect(await box.attachLink(samplePost(), link)).toBe('saved');
    expect(sent).toEqual([samplePost({ postUrl: link })]);
    expect(links).toEqual([]);
    box.stop();
  });

  test('when storage refuses, the post is kept in memory and still sent', async () => {
    failures = 1;
    const box = outbox({
      get: () => Promise.reject(new Error('quota')),
      set: () => Promise.reject(new Error('quota')),
    });
    expect(await box.add(samplePost())).toBe('pending');
    expect(await box.pending()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([samplePost()]);
    expect(await box.pending()).toEqual([]);
    box.stop();
  });
});
