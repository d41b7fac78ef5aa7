import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, MessageError, sendMessage } from '@/lib/messaging';

describe('typed messaging', () => {
  test('a request reaches its handler and the answer comes back typed', async () => {
    handleMessages({ getAbout: () => ({ name: 'Pandu', version: '9.9.9' }) });
    const about = await sendMessage('getAbout', undefined);
    expect(about).toEqual({ name: 'Pandu', version: '9.9.9' });
  });

  test('a failing handler reaches the caller as an error with its message', async () => {
    handleMessages({
      getAbout: () => {
        throw new Error('Penyimpanan penuh');
      },
    });
    await expect(sendMessage('getAbout', undefined)).rejects.toThrow(new MessageError('Penyimpanan penuh'));
  });

  test('messages that are not Pandu’s are left for other listeners', async () => {
    handleMessages({ getAbout: () => ({ name: 'Pandu', version: '1' }) });
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
