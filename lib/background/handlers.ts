import { browser, type Browser } from 'wxt/browser';
import { checkContextFor } from '../workspace/check-context';
import type { PanduDatabase } from '../posts/database';
import { check } from '../guidelines/check';
import type { MessageHandlers, PostCheck } from '../messaging';
import { imageMessage, shippedFile } from '../images/serve';
import { PLATFORMS } from '../platforms/platform';
import { platformForHost, type Platform } from '../platforms';
import { recordOfDetected } from '../posts/record';
import { PostStoreError, saveDetectedPost, validDetectedPost } from '../posts/store';
import { isHttpsLink, MAX_POST_TEXT, type PostRecord } from '../posts/schema';
import { SHA256_PATTERN } from '../schemas/template-pack';
import { profileProblems } from '../workspace/regions';
import { refreshSubscribedPack } from '../workspace/remote-pack';
import { profileItem, settingsItem } from '../workspace/settings';
import { bilingual, errorText } from '../text';
import type { Workspace } from '../workspace';
import { workspaceDataCache } from '../workspace/data';

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
    checkPost: async (request) => {
      const { text, platform, stageIds } = validCheck(request);
      return check(text, checkContextFor(await workspace(), platform, { stageIds }));
    },
    openSettings: async () => {
      await browser.runtime.openOptionsPage();
      return { opened: true };
    },
    logPost: async (post, sender) => {
      const language = (await settingsItem.getValue()).language;
      try {
        // A message is input like any other: who sent it is checked, and what only Pandu may say is set here.
        const detected = validDetectedPost(post);
        const record = detectedRecord(recordOfDetected(detected, await workspace()), sender, Date.now());
        await saveDetectedPost(db, record);
      } catch (error) {
        // The content script shows this as is: say it in the admin's language.
        throw new Error(errorText(error, language), { cause: error });
      }
      return { saved: true };
    },
    getImage: async ({ sha256, thumbnail }) => {
      if (typeof sha256 !== 'string' || !SHA256_PATTERN.test(sha256)) return null;
      return imageMessage(db, sha256, thumbnail === true, shippedFile);
    },
  };
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
  throw new Error('checkPost: not a text, a platform and stage ids');
}

/** How long before now a detected post may say it was published: the content script retries for a while. */
export const MAX_DETECTED_POST_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Who may log a detected post: Pandu's own content script, in a tab on a site Pandu serves. */
export function senderSite(sender: Browser.runtime.MessageSender): { platform: Platform; url: string } | null {
  if (sender.id !== browser.runtime.id || !sender.tab) return null;
  const address = sender.url ?? sender.tab.url;
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const platform = url.protocol === 'https:' ? platformForHost(url.hostname) : null;
  return platform ? { platform, url: url.href } : null;
}

/**
 * The record to store for a post a content script reports. The sender must be on the site of the post's
 * platform; the background sets the source and the page address, keeps the publish time between a week ago
 * and now (else now), stores a link only when it is https, and drops fields only the admin writes.
 */
export function detectedRecord(post: PostRecord, sender: Browser.runtime.MessageSender, now: number): PostRecord {
  const site = senderSite(sender);
  if (!site || site.platform !== post.platform)
    throw new PostStoreError(
      bilingual(
        'Postingan tidak dicatat: pesan ini tidak datang dari Pandu di Facebook atau Instagram.',
        'The post was not logged: this message did not come from Pandu on Facebook or Instagram.',
      ),
    );
  const { notes: _notes, deletedAt: _deletedAt, postUrl, ...fields } = post as PostRecord & Record<string, unknown>;
  const createdAt =
    Number.isSafeInteger(post.createdAt) && post.createdAt <= now && post.createdAt >= now - MAX_DETECTED_POST_AGE_MS
      ? post.createdAt
      : now;
  return {
    ...fields,
    source: 'detected',
    status: post.status === 'published' ? 'published' : 'unconfirmed',
    hostUrl: site.url,
    createdAt,
    updatedAt: createdAt,
    ...(typeof postUrl === 'string' && isHttpsLink(postUrl) ? { postUrl } : {}),
  };
}
