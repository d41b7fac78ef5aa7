import { browser } from 'wxt/browser';
import type { PanduDatabase } from './db';
import { savePost, StorageError } from './db';
import { dataInUse, draftsItem } from './data-store';
import { markdownToPlainText } from './markdown';
import type { MessageHandlers } from './messaging';
import { templateSchema } from './schemas';
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
      // A draft whose stages the calendar in use no longer has is left out rather than breaking the sidebar.
      const stageIds = new Set(data.calendar.stages.map((stage) => stage.id));
      const drafts = (await draftsItem.getValue()).filter(
        (draft) => templateSchema.safeParse(draft).success && draft.stages.every((id) => stageIds.has(id)),
      );
      return {
        ...data,
        drafts,
        plainBodies: Object.fromEntries(
          [...data.pack.templates, ...drafts].map((template) => [template.id, markdownToPlainText(template.body)]),
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
