import { browser } from 'wxt/browser';
import type { PanduDatabase } from './db';
import { savePost } from './db';
import { builtInData } from './defaults';
import { markdownToPlainText } from './markdown';
import type { MessageHandlers } from './messaging';
import { postRecordSchema } from './schemas/post';
import { profileItem, settingsItem } from './settings';

/** What the background answers. It owns the database and validates the data it hands out. */
export function backgroundHandlers(db: PanduDatabase): MessageHandlers {
  return {
    getAbout: () => ({ name: 'Pandu', version: browser.runtime.getManifest().version }),
    getWorkspace: async () => {
      const data = builtInData();
      return {
        ...data,
        plainBodies: Object.fromEntries(
          data.pack.templates.map((template) => [template.id, markdownToPlainText(template.body)]),
        ),
        profile: await profileItem.getValue(),
        settings: await settingsItem.getValue(),
      };
    },
    logPost: async (post) => {
      // Content scripts are ours, but a message is still input: store only a well-formed record.
      await savePost(db, postRecordSchema.parse(post));
      return { saved: true };
    },
  };
}
