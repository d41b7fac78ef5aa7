import { browser, type Browser } from 'wxt/browser';
import type { PanduDatabase } from './db';
import { dataInUse, draftsItem, templateName, type DataNotice } from './data-store';
import type { MessageHandlers } from './messaging';
import { platformForHost, type Platform } from './platforms';
import { PostStoreError, postStoreMessage, saveDetectedPost } from './post-store';
import { renderTemplates } from './rendered-bodies';
import {
  problem,
  problemsFromZod,
  templateBodyProblem,
  templateSchema,
  type Problem,
  type StageCalendar,
  type Template,
} from './schemas';
import { isHttpsLink, type PostRecord } from './schemas/post';
import { profileProblems } from './regions';
import { availablePack, packSubscriptionItem, refreshSubscribedPack } from './remote-pack';
import { profileItem, settingsItem } from './settings';
import { bilingual } from './text';

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

/**
 * The admin's drafts usable with the calendar in use: a draft that no longer validates (its stages gone from
 * the calendar, a body too costly to convert) is left out and named rather than breaking the sidebar.
 */
function usableDrafts(stored: unknown, calendar: StageCalendar): { drafts: Template[]; skipped: DataNotice | null } {
  const list: unknown[] = Array.isArray(stored) ? stored : [];
  const stageIds = new Set(calendar.stages.map((stage) => stage.id));
  const drafts: Template[] = [];
  const problems: Problem[] = [];
  const names: { id: string; title: string }[] = [];
  list.forEach((entry, index) => {
    const parsed = templateSchema.safeParse(entry);
    const found = parsed.success
      ? [
          ...parsed.data.stages
            .filter((id) => !stageIds.has(id))
            .map((id) => problem([index, 'stages'], `tahapan '${id}' tidak dikenal`, `unknown stage '${id}'`)),
          ...templateBodyProblem(parsed.data, [index, 'body']),
        ]
      : problemsFromZod(parsed.error, entry).map((found) => ({ ...found, path: `[${index}].${found.path}` }));
    if (parsed.success && found.length === 0) drafts.push(parsed.data);
    else {
      problems.push(...found);
      names.push(templateName(entry, index));
    }
  });
  return {
    drafts,
    skipped:
      names.length === 0
        ? null
        : { kind: 'drafts', outcome: 'skipped', problems: problems.slice(0, 20), templates: names },
  };
}

/** What the background answers. It owns the database and validates the data it hands out. */
export function backgroundHandlers(db: PanduDatabase): MessageHandlers {
  return {
    getAbout: () => ({ name: 'Pandu', version: browser.runtime.getManifest().version }),
    getWorkspace: async () => {
      void refreshPackWhenDue();
      const { imported: _imported, notices, ...data } = await dataInUse();
      const profile = await profileItem.getValue();
      const waiting = availablePack(await packSubscriptionItem.getValue(), data.calendar);
      const { drafts, skipped } = usableDrafts(await draftsItem.getValue(), data.calendar);
      const rendered = await renderTemplates([...data.pack.templates, ...drafts]);
      // A body that converts to nothing usable is left out and named, never fatal to the others.
      const failed = new Set(rendered.failed.map((entry) => entry.template));
      const failedNotices = (kind: 'pack' | 'drafts', from: readonly Template[]): DataNotice[] => {
        const entries = rendered.failed.filter((entry) => from.includes(entry.template));
        return entries.length === 0
          ? []
          : [
              {
                kind,
                outcome: 'skipped',
                problems: entries.map((entry) =>
                  problem(
                    [],
                    `'${entry.template.id}': ${entry.reason.id}`,
                    `'${entry.template.id}': ${entry.reason.en}`,
                  ),
                ),
                templates: entries.map((entry) => ({ id: entry.template.id, title: entry.template.title })),
              },
            ];
      };
      return {
        ...data,
        pack: { ...data.pack, templates: data.pack.templates.filter((template) => !failed.has(template)) },
        drafts: drafts.filter((draft) => !failed.has(draft)),
        plainBodies: rendered.plainBodies,
        profile,
        settings: await settingsItem.getValue(),
        profileMissing: [...new Set(profileProblems(profile).map((problem) => problem.field))],
        packUpdate: waiting?.ok ? { issuer: waiting.pack.issuer, version: waiting.pack.version } : null,
        dataNotices: [
          ...notices,
          ...failedNotices('pack', data.pack.templates),
          ...(skipped ? [skipped] : []),
          ...failedNotices('drafts', drafts),
        ],
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
        throw new Error(postStoreMessage(error, language), { cause: error });
      }
      return { saved: true };
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
