import { browser } from 'wxt/browser';
import { checkContextFor } from '../workspace/check-context';
import type { PanduDatabase } from '../posts/database';
import { check } from '../guidelines/check';
import { shownFinding } from '../guidelines/shown';
import type { MessageHandlers, PostCheck } from '../messaging';
import { imageMessage, shippedFile } from '../images/serve';
import { PLATFORMS } from '../platforms/platform';
import type { Platform } from '../platforms';
import { acceptDetectedPost, acceptPostLink } from '../posts/accept';
import { attachPostLink, saveDetectedPost } from '../posts/store';
import { MAX_POST_TEXT } from '../posts/schema';
import { SHA256_PATTERN } from '../schemas/template-pack';
import { profileProblems } from '../workspace/regions';
import { refreshSubscribedPack } from '../workspace/remote-pack';
import { profileItem, settingsItem } from '../workspace/settings';
import { errorText, PanduError } from '../messages/errors';
import { message } from '../messages/reference';
import { translator } from '../messages/i18n';
import type { Workspace } from '../workspace';
import { workspaceDataCache } from '../workspace/data';
import { senderSite } from './sender';

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
  const storedData = workspaceDataCache();
  const workspace = async (): Promise<Workspace> => {
    const profile = await profileItem.getValue();
    return {
      ...(await storedData()),
      profile,
      settings: await settingsItem.getValue(),
      profileMissing: [...new Set(profileProblems(profile).map((problem) => problem.field))],
    };
  };
  return {
    getAbout: () => ({ name: 'Pandu', version: browser.runtime.getManifest().version }),
    getWorkspace: () => {
      void refreshPackWhenDue();
      return workspace();
    },
    // Said in the admin's language here: the content script carries no checker catalogue (issue 23). The
    // sidebar asks again when the language setting changes.
    checkPost: async (request) => {
      const { text, platform, stageIds } = validCheck(request);
      const current = await workspace();
      const t = translator(current.settings.language);
      return check(text, checkContextFor(current, platform, { stageIds })).map((finding) => shownFinding(finding, t));
    },
    openSettings: async () => {
      await browser.runtime.openOptionsPage();
      return { opened: true };
    },
    // A message is input like any other: who sent it is checked, and what only Pandu may say is set here.
    logPost: (post, sender) =>
      inAdminLanguage(async () => {
        await saveDetectedPost(db, acceptDetectedPost(post, senderSite(sender), await workspace(), Date.now()));
        return { saved: true } as const;
      }),
    attachPostLink: (message, sender) =>
      inAdminLanguage(async () => {
        const link = acceptPostLink(message, senderSite(sender));
        return { attached: link !== null && (await attachPostLink(db, link)) };
      }),
    getImage: async ({ sha256, thumbnail }) => {
      if (typeof sha256 !== 'string' || !SHA256_PATTERN.test(sha256)) return null;
      return imageMessage(db, sha256, thumbnail === true, shippedFile);
    },
  };
}

/** Runs a handler whose failure the content script shows as is: said in the admin's language. */
async function inAdminLanguage<T>(handle: () => Promise<T>): Promise<T> {
  try {
    return await handle();
  } catch (error) {
    const t = translator((await settingsItem.getValue()).language);
    throw new Error(errorText(error, t), { cause: error });
  }
}

/** A check request as the sidebar sends it; anything else is refused (a message is input like any other). */
function validCheck(request: unknown): PostCheck {
  const { text, platform, stageIds } = (request ?? {}) as Partial<Record<keyof PostCheck, unknown>>;
  if (
    typeof text === 'string' &&
    text.length <= MAX_POST_TEXT &&
    PLATFORMS.includes(platform as Platform) &&
    Array.isArray(stageIds) &&
    stageIds.length <= 50 &&
    stageIds.every((id) => typeof id === 'string')
  )
    return { text, platform: platform as Platform, stageIds: stageIds as string[] };
  throw new PanduError(message('error.badRequest', { type: 'checkPost' }));
}
