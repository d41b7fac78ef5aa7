import { browser, type Browser } from 'wxt/browser';
import type { PanduDatabase } from './db';
import type { MessageHandlers } from './messaging';
import { imageMessage, shippedFile } from './images/serve';
import { platformForHost, type Platform } from './platforms';
import { PostStoreError, saveDetectedPost } from './post-store';
import { isHttpsLink, type PostRecord } from './schemas/post';
import { SHA256_PATTERN } from './schemas/template-pack';
import { profileProblems } from './regions';
import { refreshSubscribedPack } from './remote-pack';
import { profileItem, settingsItem } from './settings';
import { bilingual, errorText } from './text';
import { workspaceDataCache } from './workspace-data';

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
  return {
    getAbout: () => ({ name: 'Pandu', version: browser.runtime.getManifest().version }),
    getWorkspace: async () => {
      void refreshPackWhenDue();
      const profile = await profileItem.getValue();
      return {
        ...(await storedData()),
        profile,
        settings: await settingsItem.getValue(),
        profileMissing: [...new Set(profileProblems(profile).map((problem) => problem.field))],
      };
    },
    openSettings: async () => {
      await browser.runtime.openOptionsPage();
      return { opened: true };
    },
    logPost: async (post, sender) => {
      const language = (await settingsItem.getValue()).language;
      try {
        // A message is input like any other: who sent it is checked, and what only Pandu may say is set here.
        const record = detectedRecord(post, sender, Date.now());
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
