// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { LanguageProvider } from '@/components/i18n';
import { RulesEditor } from '@/components/rules/RulesEditor';
import { MESSAGES, translator } from '@/lib/messages/i18n';
import type { Workspace } from '@/lib/workspace';
import { fieldLabelled, testWorkspace } from './helpers';

afterEach(cleanup);

const exportButton = () => screen.getByText<HTMLButtonElement>(translator('id')('rulesEditor.export'));

const t = translator('id');
const show = (workspace: Workspace) =>
  render(
    <LanguageProvider language={workspace.settings.language} messages={MESSAGES}>
      <RulesEditor workspace={workspace} />
    </LanguageProvider>,
  );

describe('the rules editor', () => {
  test('shows the rules in use and says the work is valid, with the export enabled', async () => {
    const workspace = testWorkspace();
    show(workspace);
    const name = await waitFor(() => fieldLabelled(t('rulesEditor.name')));
    expect(name.value).toBe(workspace.rules.name);
    expect(fieldLabelled(t('rulesEditor.instagram.hashtags')).value).toBe(
      String(workspace.rules.limits.instagram.hashtags),
    );
    expect(screen.getByText(t('rulesEditor.valid'))).toBeTruthy();
    expect(exportButton().disabled).toBe(false);
  });

  test.each([
    ['an empty limit', '', 'limits'],
    ['a limit that is no number', 'lima', 'limits'],
    ['a negative limit', '-3', 'limits'],
  ])('%s is named in the problems and the export is refused', async (_what, typed, path) => {
    show(testWorkspace());
    const field = await waitFor(() => fieldLabelled(t('rulesEditor.instagram.hashtags')));
    fireEvent.input(field, { target: { value: typed } });
    // Role queries walk the whole accessibility tree of this long form: read the alert by its role attribute.
    const alert = await waitFor(() => document.querySelector<HTMLElement>('[role="alert"]')!);
    expect(within(alert).getByText(t('rulesEditor.problems'))).toBeTruthy();
    expect(alert.textContent).toContain(path);
    expect(exportButton().disabled).toBe(true);
    // What the admin typed stays in the field, not reformatted under the cursor.
    expect(field.value).toBe(typed);
  });

  test('a sample post is checked by the rules being written, with the admin’s own words', async () => {
    show(testWorkspace());
    const denied = await waitFor(() => fieldLabelled<HTMLTextAreaElement>(t('rulesEditor.deniedHashtags')));
    fireEvent.input(denied, { target: { value: '#Terlarang' } });
    fireEvent.input(fieldLabelled<HTMLTextAreaElement>(t('rulesEditor.trialText')), {
      target: { value: 'Coklit berjalan #Terlarang' },
    });
    const trial = screen.getByText(t('rulesEditor.trial')).closest('section')!;
    await waitFor(() => expect(within(trial).getByText(/#Terlarang/)).toBeTruthy());
  });
});
