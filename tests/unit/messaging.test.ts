import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers } from '@/lib/background';
import { PanduDatabase } from '@/lib/db';
import { handleMessages, MessageError, sendMessage } from '@/lib/messaging';
import type { PostRecord } from '@/lib/schemas/post';
import { profileItem, settingsItem } from '@/lib/settings';
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
    await sendMessage('logPost', samplePost());
    await sendMessage('logPost', samplePost({ createdAt: 1_720_000_999_000, status: 'published' }));
    expect(await db.posts.toArray()).toEqual([samplePost()]);
  });

  test('a malformed post is refused and nothing is stored', async () => {
    const db = freshDatabase();
    handleMessages(backgroundHandlers(db));
    const broken = { ...samplePost(), platform: 'tiktok' } as unknown as PostRecord;
    await expect(sendMessage('logPost', broken)).rejects.toThrow(MessageError);
    expect(await db.posts.count()).toBe(0);
  });
});
