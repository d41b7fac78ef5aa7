import { browser } from 'wxt/browser';
import type { PanduDatabase } from './db';
import { savePost, StorageError } from './db';
import { dataInUse, draftsItem } from './data-store';
import { markdownToPlainText } from './markdown';
import type { MessageHandlers } from './messaging';
import { templateSchema } from './schemas';
import { postRecordSchema } from './schemas/post';
import { profileProblems } from './regions';
import { availablePack, packSubscriptionItem, refreshSubscribedPack } from './remote-pack';
import { profileItem, settingsItem } from './settings';

let refreshing: Promise<unknown> | null = null;

/**
 * Looks at the subscribed pack address when a look is due, one look at a time however many tabs ask. Called
 * when the browser starts and whenever a page or the sidebar loads its data: that is when a newer pack
 * matters, and it needs no alarms permission.
 */
export function refreshPackWhenDue(): Promise<unknown> {
  refreshing ??= refreshSubscribedPack(new Date())
    // A failed look is recorded by refreshSubscribedPack; anything else (storage gone) waits for the next.
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** What the background answers. It owns the database and validates the data it hands out. */
export function backgroundHandlers(db: PanduDatabase): MessageHandlers {
  return {
    getAbout: () => ({ name: 'Pandu', version: browser.runtime.getManifest().version }),
    getWorkspace: async () => {
      void refreshPackWhenDue();
      const { imported: _imported, ...data } = await dataInUse();
      const profile = await profileItem.getValue();
      const waiting = availablePack(await packSubscriptionItem.getValue(), data.calendar);
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
        packUpdate: waiting?.ok ? { issuer: waiting.pack.issuer, version: waiting.pack.version } : null,
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
