import { expect, test } from 'vitest';
import { authoringPackItem, draftsItem, packItem } from '@/lib/workspace/data-store';
import { profileItem, settingsItem } from '@/lib/workspace/settings';
import { onWorkspaceChange } from '@/lib/workspace/changes';
import { defaults, PPK_PROFILE } from './helpers';

test('the workspace reloads for settings, profile and imported data, not for work in progress', async () => {
  let reloads = 0;
  const stop = onWorkspaceChange(() => reloads++);
  const { pack } = defaults();
  await authoringPackItem.setValue(pack);
  expect(reloads).toBe(0);
  await settingsItem.setValue({ language: 'en' });
  await profileItem.setValue(PPK_PROFILE);
  await packItem.setValue(pack);
  await draftsItem.setValue([]);
  expect(reloads).toBe(4);
  stop();
  await settingsItem.setValue({ language: 'id' });
  expect(reloads).toBe(4);
});
