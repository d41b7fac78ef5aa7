// @vitest-environment jsdom
/**
 * The sidebar's checks come from the background (`checkPost`): what the admin sees is the background's
 * finding for the text in the composer; a fix is applied to the text it was computed for; when the
 * background cannot answer the sidebar says so, and the message goes once it answers again.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { LanguageProvider } from '@/components/i18n';
import { Sidebar } from '@/components/Sidebar';
import { backgroundHandlers } from '@/lib/background/handlers';
import { PanduDatabase } from '@/lib/posts/database';
import { handleMessages, type MessageHandlers } from '@/lib/messaging';
import { SIDEBAR_MESSAGES } from '@/lib/messages/sidebar';
import { translator } from '@/lib/messages/format';
import type { ComposerBinding } from '@/lib/platforms/binding';
import { profileItem, settingsItem } from '@/lib/workspace/settings';
import { PPK_PROFILE, testWorkspace } from './helpers';

afterEach(cleanup);

const t = translator(SIDEBAR_MESSAGES, 'id');
let databases = 0;

/** A composer holding `text`, as the sidebar sees one: it reads, writes and reports changes. */
function fakeComposer(text: string): ComposerBinding & { text: string; change(next: string): void } {
  const listeners = new Set<() => void>();
  const composer = {
    platform: 'facebook' as const,
    text,
    readText: () => composer.text,
    write: async (next: string, mode: 'append' | 'replace') => {
      composer.text = mode === 'replace' ? next : composer.text + next;
      listeners.forEach((listener) => listener());
      return { result: 'inserted' as const, method: 'paste' as const };
    },
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    change(next: string) {
      composer.text = next;
      listeners.forEach((listener) => listener());
    },
  };
  return composer;
}

async function background(change: (handlers: MessageHandlers) => Partial<MessageHandlers> = () => ({})) {
  await profileItem.setValue(PPK_PROFILE);
  await settingsItem.setValue({ language: 'id' });
  const handlers = backgroundHandlers(new PanduDatabase(`pandu-sidebar-${++databases}`));
  handleMessages({ ...handlers, ...change(handlers) });
}

const show = (composer: ComposerBinding) =>
  render(
    <LanguageProvider language="id" messages={SIDEBAR_MESSAGES}>
      <Sidebar workspace={testWorkspace()} composer={composer} />
    </LanguageProvider>,
  );

describe('the sidebar’s checks', () => {
  test('show the background’s findings for the composer’s text, and follow it as it changes', async () => {
    await background();
    const composer = fakeComposer('Ayo coblos nomor 1!');
    show(composer);
    await waitFor(() => expect(document.querySelector('.pandu-findings')?.textContent).toMatch(/coblos/));
    composer.change('');
    await waitFor(() => expect(document.querySelector('.pandu-findings')?.textContent).not.toMatch(/coblos/i));
  });

  test('a fix offered by the background is applied to the composer’s text', async () => {
    await background();
    const composer = fakeComposer('Coklit dimulai hari ini.');
    show(composer);
    const fix = await waitFor(() => {
      const button = document.querySelector<HTMLButtonElement>('.pandu-fix');
      if (!button) throw new Error('no fix yet');
      return button;
    });
    fireEvent.click(fix);
    await waitFor(() => expect(composer.text).toMatch(/#\w+/));
    expect(composer.text.startsWith('Coklit dimulai hari ini.')).toBe(true);
  });

  test('while the background cannot answer the sidebar says so; once it answers the message goes', async () => {
    let failing = true;
    await background((handlers) => ({
      checkPost: (request, sender) => {
        if (failing) throw new Error('Could not establish connection. Receiving end does not exist.');
        return handlers.checkPost(request, sender);
      },
    }));
    const composer = fakeComposer('Coklit dimulai hari ini.');
    show(composer);
    await waitFor(() => expect(screen.getByText(t('status.checkFailed'))).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByText(t('checks.checking'))).toBeTruthy();
    failing = false;
    composer.change('Coklit dimulai hari ini. #TemanPemilih');
    await waitFor(() => expect(screen.queryByText(t('status.checkFailed'))).toBeNull(), { timeout: 3000 });
    expect(screen.queryByText(t('checks.checking'))).toBeNull();
  });
});
