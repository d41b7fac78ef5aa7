/**
 * One path for a published post: the background (a post the content script saw go out) and the practice page
 * build its record with the same function, from the same fields, checked the same way.
 */
import { describe, expect, test } from 'vitest';
import { acceptDetectedPost, acceptPostLink, MAX_DETECTED_POST_AGE_MS, type PostSender } from '@/lib/posts/accept';
import type { DetectedPost } from '@/lib/posts/schema';
import { errorText } from '@/lib/messages/errors';
import { translator } from '@/lib/messages/i18n';
import { PostStoreError } from '@/lib/posts/store';
import { testWorkspace } from './helpers';

const NOW = Date.parse('2024-07-04T03:00:00Z');
const SITE: PostSender = { kind: 'site', platform: 'facebook', url: 'https://www.facebook.com/groups/ppk.tahunan' };
const PRACTICE: PostSender = { kind: 'practice', url: 'chrome-extension://pandu/practice.html' };

const detected = (overrides: Partial<DetectedPost> = {}): DetectedPost => ({
  id: 'post-accept-0001',
  platform: 'facebook',
  text: 'Coklit dimulai hari ini.\n\n#TemanPemilih #PemiluDamai',
  account: null,
  hostUrl: 'https://evil.example/',
  templateId: 'coklit-sisa-hari',
  status: 'published',
  createdAt: NOW - 60_000,
  ...overrides,
});

describe('acceptDetectedPost', () => {
  test('the practice page and a site give the same record but for the status and the page', () => {
    const workspace = testWorkspace();
    const fromSite = acceptDetectedPost(detected(), SITE, workspace, NOW);
    const fromPractice = acceptDetectedPost(detected(), PRACTICE, workspace, NOW);
    expect(fromSite).toMatchObject({ status: 'published', source: 'detected', hostUrl: SITE.url });
    expect(fromPractice).toEqual({ ...fromSite, status: 'practice', hostUrl: PRACTICE.url });
    expect(fromSite.hashtags).toEqual(['#TemanPemilih', '#PemiluDamai']);
    expect(fromSite.theme).toBe(workspace.pack.templates.find((template) => template.id === 'coklit-sisa-hari')?.theme);
    expect(fromSite.theme).toBeDefined();
  });

  test('what only Pandu may say is set once, from the sender and the clock, never from the message', () => {
    const workspace = testWorkspace();
    const forged = {
      ...detected({ createdAt: NOW + 86_400_000, status: 'practice' }),
      source: 'manual',
      notes: 'dari pesan',
      deletedAt: NOW,
      findings: { errors: 0, warnings: 0, infos: 0, rules: [] },
      updatedAt: NOW + 1,
    };
    const record = acceptDetectedPost(forged, SITE, workspace, NOW);
    expect(record).toMatchObject({ source: 'detected', status: 'unconfirmed', createdAt: NOW, updatedAt: NOW });
    expect(record).not.toHaveProperty('notes');
    expect(record).not.toHaveProperty('deletedAt');
    const old = acceptDetectedPost(detected({ createdAt: NOW - MAX_DETECTED_POST_AGE_MS - 1 }), SITE, workspace, NOW);
    expect(old.createdAt).toBe(NOW);
  });

  test.each([
    ['https://fb.com/ppk/posts/1', 'https://www.facebook.com/ppk/posts/1'],
    [' https://www.instagram.com/p/abc/ ', 'https://www.instagram.com/p/abc/'],
    ['https://evil.example/posts/1', undefined],
    ['javascript:alert(1)', undefined],
  ])('a link %j is kept as %j (the one link rule)', (postUrl, kept) => {
    expect(acceptDetectedPost(detected({ postUrl }), SITE, testWorkspace(), NOW).postUrl).toBe(kept);
    expect(acceptPostLink({ id: 'post-accept-0001', postUrl }, SITE)?.postUrl).toBe(kept);
  });

  test('a post from no site, or from the other site, or malformed, is refused in words', () => {
    const workspace = testWorkspace();
    expect(() => acceptDetectedPost(detected(), null, workspace, NOW)).toThrow(PostStoreError);
    const refusal = (accept: () => unknown) => {
      try {
        accept();
        return '';
      } catch (error) {
        return errorText(error, translator('id'));
      }
    };
    const instagram: PostSender = { kind: 'site', platform: 'instagram', url: 'https://www.instagram.com/' };
    expect(refusal(() => acceptDetectedPost(detected(), instagram, workspace, NOW))).toBe(
      'Postingan tidak dicatat: pesan ini tidak datang dari Pandu di Facebook atau Instagram.',
    );
    expect(refusal(() => acceptDetectedPost({ ...detected(), text: 7 }, SITE, workspace, NOW))).toBe(
      'Postingan tidak dicatat: text: harus teks, bukan angka',
    );
    expect(() => acceptPostLink({ id: 'post-accept-0001', postUrl: 'https://www.facebook.com/p/1' }, PRACTICE)).toThrow(
      PostStoreError,
    );
  });
});
