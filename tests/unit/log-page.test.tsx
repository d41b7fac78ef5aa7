// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { LanguageProvider } from '@/components/i18n';
import { PostLog } from '@/components/log/PostLog';
import { MESSAGES, translator } from '@/lib/messages/i18n';
import { saveDetectedPost } from '@/lib/posts/store';
import { weekOf } from '@/lib/report/weeks';
import type { Workspace } from '@/lib/workspace';
import { fieldLabelled, samplePost, testWorkspace } from './helpers';
import { openDatabase } from '@/lib/posts/database';

const t = translator('id');
// The log opens on the current week.
const week = weekOf(new Date(), 'Asia/Jakarta');
const inWeek = (hours: number) => week.start.getTime() + hours * 3_600_000;
const POSTS = [
  samplePost({ id: 'post-coklit-0001', text: 'Coklit hari ketiga berjalan lancar.', createdAt: inWeek(30) }),
  samplePost({ id: 'post-dps-000002', text: 'Pengumuman DPS di balai desa.', createdAt: inWeek(60) }),
];

beforeEach(async () => {
  await openDatabase().posts.clear();
  for (const post of POSTS) await saveDetectedPost(openDatabase(), post);
});
afterEach(cleanup);

const show = (workspace: Workspace = testWorkspace()) =>
  render(
    <LanguageProvider language={workspace.settings.language} messages={MESSAGES}>
      <PostLog workspace={workspace} />
    </LanguageProvider>,
  );
const table = () => document.querySelector<HTMLTableElement>('table.log-table')!;

describe('the log page', () => {
  test('shows the week’s posts as rows, newest first, and the search narrows them', async () => {
    show();
    await screen.findByText(POSTS[0]!.text);
    const rows = within(table()).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining(POSTS[1]!.text),
      expect.stringContaining(POSTS[0]!.text),
    ]);
    fireEvent.input(fieldLabelled(t('log.search')), { target: { value: 'balai' } });
    await waitFor(() => expect(screen.queryByText(POSTS[0]!.text)).toBeNull());
    expect(screen.getByText(POSTS[1]!.text)).toBeTruthy();
    fireEvent.input(fieldLabelled(t('log.search')), { target: { value: 'tidak ada' } });
    expect(await screen.findByText(t('log.empty'))).toBeTruthy();
  });

  test.each([
    'http://www.facebook.com/post/1',
    'javascript:alert(1)',
    'ftp://www.facebook.com/post/1',
    'https://www.facebook.com.evil.example/post/1',
  ])('a correction with the link %j is refused with its reason, and the stored post is unchanged', async (link) => {
    show();
    const row = (await screen.findByText(POSTS[0]!.text)).closest('tr')!;
    fireEvent.click(within(row).getByText(t('log.edit')));
    fireEvent.input(fieldLabelled(t('log.url'), row), { target: { value: link } });
    fireEvent.click(within(row).getByText(t('log.save')));
    expect((await within(row).findByRole('alert')).textContent).toBe(t('logKpu.linkNotPost', { value: link }));
    expect((await openDatabase().posts.get(POSTS[0]!.id))?.postUrl).toBeUndefined();
  });

  test('a correction with an https link is saved and shown as a link', async () => {
    show();
    const row = (await screen.findByText(POSTS[0]!.text)).closest('tr')!;
    fireEvent.click(within(row).getByText(t('log.edit')));
    fireEvent.input(fieldLabelled(t('log.url'), row), { target: { value: 'https://www.facebook.com/post/1' } });
    fireEvent.click(within(row).getByText(t('log.save')));
    const link = await within(row).findByRole('link');
    expect(link.getAttribute('href')).toBe('https://www.facebook.com/post/1');
    expect(await screen.findByText(t('log.saved'))).toBeTruthy();
  });

  test('a post added by hand is previewed as of its own time: a coklit post is asked for #Coklit', async () => {
    // Today (simulated) is the quiet period, whose own tag the preview must not ask for.
    show(testWorkspace({ settings: { simulatedDate: '2024-11-25' } }));
    await screen.findByText(POSTS[0]!.text);
    fireEvent.input(fieldLabelled(t('log.addTime')), { target: { value: '2024-07-04T09:15' } });
    fireEvent.input(fieldLabelled(t('log.addText')), { target: { value: 'Coklit berjalan.' } });
    const form = document.querySelector<HTMLFormElement>('form.log-add')!;
    await waitFor(() => expect(form.textContent).toContain('#Coklit'));
    expect(form.textContent).not.toContain('#MasaTenang');
  });
});
