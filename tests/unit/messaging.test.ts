import { describe, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers } from '@/lib/background/handlers';
import { MAX_DETECTED_POST_AGE_MS } from '@/lib/posts/accept';
import { PanduDatabase } from '@/lib/posts/database';
import { handleMessages, MessageError, sendMessage, type PostCheck } from '@/lib/messaging';
import { addManualPost, editPost } from '@/lib/posts/store';
import type { PostRecord } from '@/lib/posts/schema';
import { profileItem, settingsItem } from '@/lib/workspace/settings';
import { PPK_PROFILE, samplePost } from './helpers';

let databases = 0;
const freshDatabase = () => new PanduDatabase(`pandu-test-${++databases}`);

describe('typed messaging', () => {
  test('a request reaches its handler and the answer comes back typed', async () => {
    handleMessages({ ...backgroundHandlers(freshDatabase()), getAbout: () => ({ name: 'Pandu', version: '9.9.9' }) });
    expect(await sendMessage('getAbout', undefined)).toEqual({ name: 'Pandu', version: '9.9.9' });
  });

  test('a failing handler reaches the caller as an error with its message', async () => {
    handleMessages({
      ...backgroundHandlers(freshDatabase()),
      getAbout: () => {
        throw new Error('Penyimpanan penuh');
      },
    });
    await expect(sendMessage('getAbout', undefined)).rejects.toThrow(new MessageError('Penyimpanan penuh'));
  });

  test('messages that are not Pandu’s are left for other listeners', async () => {
    handleMessages(backgroundHandlers(freshDatabase()));
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: string) => void) => {
      if (message === 'other') {
        sendResponse('answered elsewhere');
        return true;
      }
      return undefined;
    });
    expect(await fakeBrowser.runtime.sendMessage('other')).toBe('answered elsewhere');
  });
});

describe('background handlers', () => {
  test('the workspace carries the built-in data with the stored profile and settings', async () => {
    await profileItem.setValue(PPK_PROFILE);
    await settingsItem.setValue({ language: 'en', simulatedDate: '2024-07-04' });
    handleMessages(backgroundHandlers(freshDatabase()));
    const workspace = await sendMessage('getWorkspace', undefined);
    expect(workspace.calendar.id).toBe('pilkada-2024');
    expect(workspace.pack.templates.length).toBeGreaterThan(30);
    expect(workspace.profile).toEqual(PPK_PROFILE);
    expect(workspace.settings).toEqual({ language: 'en', simulatedDate: '2024-07-04' });
  });

  test('a post logged twice is stored once, keeping its first publish time', async () => {
    const db = freshDatabase();
    handleMessages(backgroundHandlers(db));
    const first = samplePost({ createdAt: Date.now() - 60_000, updatedAt: Date.now() - 60_000 });
    await logFrom(FACEBOOK_TAB, first);
    await logFrom(FACEBOOK_TAB, { ...first, createdAt: Date.now() });
    const stored = await db.posts.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: first.id, text: first.text, createdAt: first.createdAt });
  });

  test('what the checker said is the background’s own finding, whatever the message claims', async () => {
    const db = freshDatabase();
    handleMessages(backgroundHandlers(db));
    await settingsItem.setValue({ language: 'id', simulatedDate: '2024-11-25' });
    const campaigning = 'Ayo coblos nomor 1! #TemanPemilih';
    const claimed = samplePost({
      createdAt: Date.now(),
      text: campaigning,
      hashtags: [],
      stageIds: ['pemungutan-suara'],
      findings: { errors: 0, warnings: 0, infos: 0, rules: [] },
    });
    await logFrom(FACEBOOK_TAB, { ...claimed, stagesAt: Date.parse('2024-11-25T05:00:00Z') } as PostRecord);
    const [stored] = await db.posts.toArray();
    expect(stored!.findings.errors).toBeGreaterThan(0);
    expect(stored!.findings.rules).toContain('neutrality-campaigning');
    expect(stored!.hashtags).toEqual(['#TemanPemilih']);
    expect(stored!.stageIds).toContain('masa-tenang');
  });

  test.each([
    ['a platform Pandu does not serve', { platform: 'tiktok' }],
    ['a text that is not text', { text: 42 }],
    ['no id', { id: undefined }],
    ['a publish time that is not a time', { createdAt: -5 }],
    ['answers that are not answers', { reviews: 'semua aman' }],
    ['an unknown status', { status: 'draft' }],
  ])('a post with %s is refused, named, and nothing is stored', async (_name, change) => {
    const db = freshDatabase();
    handleMessages(backgroundHandlers(db));
    const reply = await logFrom(FACEBOOK_TAB, { ...samplePost({ createdAt: Date.now() }), ...change } as PostRecord);
    expect(reply).toMatchObject({ ok: false });
    expect(reply.error).toContain('Postingan tidak dicatat:');
    expect(await db.posts.count()).toBe(0);
  });

  test('checkPost answers the findings for a text; a malformed request is refused', async () => {
    handleMessages(backgroundHandlers(freshDatabase()));
    const findings = await sendMessage('checkPost', {
      text: 'Ayo coblos nomor 1!',
      platform: 'facebook',
      stageIds: ['kampanye'],
    });
    expect(findings.map((finding) => finding.rule)).toContain('neutrality-campaigning');
    expect(await sendMessage('checkPost', { text: '', platform: 'instagram', stageIds: [] })).toEqual([
      expect.objectContaining({ rule: 'empty-post' }),
    ]);
    await expect(
      sendMessage('checkPost', { text: 7, platform: 'facebook', stageIds: [] } as unknown as PostCheck),
    ).rejects.toThrow(MessageError);
  });
});

/** The sender a content script on a site has, as the browser describes it. */
function siteSender(url: string, id = fakeBrowser.runtime.id): Browser.runtime.MessageSender {
  return { id, url, tab: { id: 7, url } as Browser.tabs.Tab };
}
const FACEBOOK_TAB = siteSender('https://www.facebook.com/groups/ppk.tahunan');

/** Sends `logPost` as `sender` would (the fake browser's own sendMessage names no sender). */
function logFrom(sender: Browser.runtime.MessageSender, record: PostRecord): Promise<{ ok: boolean; error?: string }> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ channel: 'pandu', type: 'logPost', data: record }, sender, resolve);
  });
}

describe('logPost trusts nobody', () => {
  const now = () => Date.now();

  test.each([
    ['another extension', siteSender('https://www.facebook.com/', 'other-extension-id')],
    ['a page that is not Facebook or Instagram', siteSender('https://evil.example/facebook.com')],
    ['Facebook over plain http', siteSender('http://www.facebook.com/')],
    ['an Instagram tab logging a Facebook post', siteSender('https://www.instagram.com/')],
    ['an extension page with no tab', { id: fakeBrowser.runtime.id, url: 'chrome-extension://x/popup.html' }],
  ])('a message from %s is refused and nothing is stored', async (_name, sender) => {
    const db = freshDatabase();
    handleMessages(backgroundHandlers(db));
    const reply = await logFrom(sender, samplePost({ createdAt: now() }));
    expect(reply).toMatchObject({ ok: false });
    expect(reply.error).toContain('tidak datang dari Pandu di Facebook atau Instagram');
    expect(await db.posts.count()).toBe(0);
  });

  test('the background sets the source and page address, and keeps the publish time within a week', async () => {
    const db = freshDatabase();
    handleMessages(backgroundHandlers(db));
    const before = now();
    await logFrom(
      FACEBOOK_TAB,
      samplePost({
        id: 'forged-0001',
        source: 'manual',
        hostUrl: 'https://evil.example/',
        createdAt: before + 86_400_000,
      }),
    );
    await logFrom(FACEBOOK_TAB, samplePost({ id: 'forged-0002', createdAt: Date.parse('2019-04-17T00:00:00Z') }));
    const recent = before - MAX_DETECTED_POST_AGE_MS / 2;
    await logFrom(FACEBOOK_TAB, samplePost({ id: 'retried-0003', createdAt: recent, notes: 'bukan dari admin' }));
    const stored = new Map((await db.posts.toArray()).map((post) => [post.id, post]));
    for (const id of ['forged-0001', 'forged-0002']) {
      const post = stored.get(id)!;
      expect(post.source).toBe('detected');
      expect(post.hostUrl).toBe('https://www.facebook.com/groups/ppk.tahunan');
      expect(post.createdAt).toBeGreaterThanOrEqual(before);
      expect(post.createdAt).toBeLessThanOrEqual(now());
      expect(post.updatedAt).toBe(post.createdAt);
    }
    expect(stored.get('retried-0003')).toMatchObject({ createdAt: recent });
    expect(stored.get('retried-0003')?.notes).toBeUndefined();
  });

  test.each(['javascript:alert(document.cookie)', 'data:text/html,<script>1</script>', 'http://fb.com/1', 'halaman'])(
    'a post link %j is not stored; the post is',
    async (postUrl) => {
      const db = freshDatabase();
      handleMessages(backgroundHandlers(db));
      expect(await logFrom(FACEBOOK_TAB, samplePost({ createdAt: now(), postUrl }))).toMatchObject({ ok: true });
      const [post] = await db.posts.toArray();
      expect(post?.postUrl).toBeUndefined();
    },
  );

  test('a detected post never replaces a record added by hand or edited', async () => {
    const db = freshDatabase();
    handleMessages(backgroundHandlers(db));
    const manual = samplePost({
      id: 'manual-0001-abcd',
      source: 'manual',
      text: 'Ditulis admin',
      createdAt: now() - 3_600_000,
      updatedAt: now() - 3_600_000,
      notes: 'catatan admin',
    });
    await addManualPost(db, manual);
    const detected = samplePost({ id: 'detected-0001-ab', createdAt: now() - 60_000 });
    await logFrom(FACEBOOK_TAB, detected);
    await editPost(db, detected.id, { notes: 'diperiksa admin' });
    const edited = await db.posts.get(detected.id);

    // The same ids again, from the site: other text is kept beside; the same text fills only what is missing.
    await logFrom(FACEBOOK_TAB, { ...manual, source: 'detected', text: 'Teks palsu', notes: undefined });
    await logFrom(FACEBOOK_TAB, { ...detected, postUrl: 'https://www.facebook.com/ppk/posts/1' });
    expect(await db.posts.get(manual.id)).toEqual(manual);
    expect(await db.posts.get(detected.id)).toEqual({
      ...edited,
      postUrl: 'https://www.facebook.com/ppk/posts/1',
    });
    const others = (await db.posts.toArray()).filter((post) => post.id !== manual.id && post.id !== detected.id);
    expect(others).toEqual([expect.objectContaining({ text: 'Teks palsu', source: 'detected' })]);
  });
});

/** Sends `attachPostLink` as `sender` would. */
function linkFrom(
  sender: Browser.runtime.MessageSender,
  link: { id: string; postUrl: string },
): Promise<{ ok: boolean; value?: { attached: boolean }; error?: string }> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(
      { channel: 'pandu', type: 'attachPostLink', data: link },
      sender,
      resolve,
    );
  });
}

describe('attachPostLink: a link found after the post went out', () => {
  const LINK = 'https://www.facebook.com/ppk.tahunan/posts/pfbid02abc';

  test('fills the stored post’s link, without checking it again or changing when it was last edited', async () => {
    const db = freshDatabase();
    handleMessages(backgroundHandlers(db));
    const post = samplePost({ id: 'linked-0001-abc', createdAt: Date.now() - 60_000 });
    await logFrom(FACEBOOK_TAB, post);
    const stored = (await db.posts.get(post.id))!;
    // The rules change meanwhile: a post checked again would have other findings.
    await settingsItem.setValue({ language: 'id', simulatedDate: '2030-01-01' });
    expect(
      await linkFrom(FACEBOOK_TAB, { id: post.id, postUrl: ` ${LINK.replace('www.facebook.com', 'fb.com')} ` }),
    ).toEqual({
      ok: true,
      value: { attached: true },
    });
    expect(await db.posts.get(post.id)).toEqual({ ...stored, postUrl: LINK });
  });

  test.each([
    ['a post of another site', siteSender('https://www.instagram.com/'), LINK, false],
    ['a link that is not a post’s', FACEBOOK_TAB, 'https://evil.example/posts/1', false],
    ['a post that already has a link', FACEBOOK_TAB, LINK, true],
  ])('%s: nothing changes', async (_name, sender, postUrl, linked) => {
    const db = freshDatabase();
    handleMessages(backgroundHandlers(db));
    const post = samplePost({
      id: 'linked-0002-abc',
      createdAt: Date.now() - 60_000,
      ...(linked ? { postUrl: 'https://www.facebook.com/ppk/posts/1' } : {}),
    });
    await logFrom(FACEBOOK_TAB, post);
    const stored = await db.posts.get(post.id);
    expect(await linkFrom(sender, { id: post.id, postUrl })).toEqual({ ok: true, value: { attached: false } });
    expect(await db.posts.get(post.id)).toEqual(stored);
  });

  test('from anyone but Pandu on the sites, or malformed, it is refused', async () => {
    const db = freshDatabase();
    handleMessages(backgroundHandlers(db));
    const extensionPage = { id: fakeBrowser.runtime.id, url: 'chrome-extension://x/popup.html' };
    expect(await linkFrom(extensionPage, { id: 'linked-0003-abc', postUrl: LINK })).toMatchObject({
      ok: false,
      error: expect.stringContaining('tidak datang dari Pandu'),
    });
    expect(await linkFrom(FACEBOOK_TAB, { id: 'x', postUrl: LINK })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Tautan postingan tidak dicatat'),
    });
  });
});
