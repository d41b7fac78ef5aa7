import { browser } from 'wxt/browser';
import type { PanduDatabase } from './db';
import { savePost, StorageError } from './db';
import { dataInUse } from './data-store';
import { markdownToPlainText } from './markdown';
import type { MessageHandlers } from './messaging';
import { postRecordSchema } from './schemas/post';
import { profileProblems } from './regions';
import { profileItem, settingsItem } from './settings';

/** What the background answers. It owns the database and validates the data it hands out. */
export function backgroundHandlers(db: PanduDatabase): MessageHandlers {
  return {
    getAbout: () => ({ name: 'Pandu', version: browser.runtime.getManifest().version }),
    getWorkspace: async () => {
      const { imported: _imported, ...data } = await dataInUse();
      const profile = await profileItem.getValue();
      return {
        ...data,
        plainBodies: Object.fromEntries(
          data.pack.templates.map((template) => [template.id, markdownToPlainText(template.body)]),
        ),
        profile,
        settings: await settingsItem.getValue(),
        profileMissing: [...new Set(profileProblems(profile).map((problem) => problem.field))],
      };
    },
    openSettings: async () => {
      await browser.runtime.openOptionsPage();
      return { opened: true };
    },
    logPost: async (post) => {
      // Content scripts are ours, but a message is still input: store only a well-formed record.
      const record = postRecordSchema.parse(post);
      try {
        await savePost(db, record);
      } catch (error) {
        // The content script shows this as is: say it in the admin's language.
        if (error instanceof StorageError)
          throw new Error(error.description[(await settingsItem.getValue()).language], { cause: error });
        throw error;
      }
      return { saved: true };
    },
  };
}
