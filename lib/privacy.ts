import type { MessageRef, Say } from './messages/format';
import type { PrivacyKey } from './messages/privacy';
import { message } from './messages/reference';

/**
 * Pandu's privacy statement: what it keeps and where, what it reads, that it sends nothing, and every network
 * request it makes. The extension's privacy page and the stores' privacy.html are both rendered from this one
 * source (components/PrivacyStatement.tsx), so the two cannot say different things. Its words are the
 * `privacy.*` messages (lib/messages/privacy.ts).
 */

/** One kind of network request Pandu makes: what it reads, when, what goes with it, and which permission. */
export interface NetworkRequest {
  name: MessageRef;
  /** What the request is for, as a phrase within a sentence (the store listing's "used only for: …"). */
  purpose: MessageRef;
  what: MessageRef;
  when: MessageRef[];
  sends: MessageRef;
  permission: MessageRef;
}

/** The buttons and fields the statement names, as the settings page shows them. */
const LABELS = {
  address: message('data.address'),
  fetch: message('data.fetch'),
  daily: message('data.autoRefresh'),
  forget: message('data.forget'),
  importPack: message('data.importPack'),
  allowImages: message('data.allowImages'),
};

const said = (key: PrivacyKey) => message(key, LABELS);

/**
 * Every kind of network request Pandu makes. A new kind (say, images a pack names) is one more entry here:
 * the privacy page, privacy.html and the store listing's permission justification all list these.
 */
export const NETWORK_REQUESTS: readonly NetworkRequest[] = [
  {
    name: said('privacy.pack.name'),
    purpose: said('privacy.pack.purpose'),
    what: said('privacy.pack.what'),
    when: [said('privacy.pack.whenFetch'), said('privacy.pack.whenDaily'), said('privacy.pack.whenNever')],
    sends: said('privacy.pack.sends'),
    permission: said('privacy.pack.permission'),
  },
  {
    name: said('privacy.images.name'),
    purpose: said('privacy.images.purpose'),
    what: said('privacy.images.what'),
    when: [said('privacy.images.whenImport'), said('privacy.images.whenZip')],
    sends: said('privacy.images.sends'),
    permission: said('privacy.images.permission'),
  },
];

/** A term and what it means, for the lists of what is kept and which permissions are used. */
export interface PrivacyItem {
  term: string;
  text: string;
}

export type PrivacyBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'items'; items: PrivacyItem[] }
  | { kind: 'list'; label: string; items: string[] }
  | { kind: 'subheading'; text: string };

export interface PrivacySection {
  id: string;
  heading: string;
  blocks: PrivacyBlock[];
}

export interface PrivacyStatement {
  language: Say['language'];
  title: string;
  lead: string;
  sections: PrivacySection[];
}

const STORED: readonly [PrivacyKey, PrivacyKey][] = [
  ['privacy.stored.profile', 'privacy.stored.profileText'],
  ['privacy.stored.settings', 'privacy.stored.settingsText'],
  ['privacy.stored.kpuData', 'privacy.stored.kpuDataText'],
  ['privacy.stored.address', 'privacy.stored.addressText'],
  ['privacy.stored.log', 'privacy.stored.logText'],
];

const PERMISSIONS: readonly [PrivacyKey, PrivacyKey][] = [
  ['privacy.permission.storage', 'privacy.permission.storageText'],
  ['privacy.permission.sites', 'privacy.permission.sitesText'],
  ['privacy.permission.https', 'privacy.permission.httpsText'],
];

/** The statement in the translator's language, as headings, paragraphs and lists a page renders. */
export function privacyStatement(
  t: Say,
  version: string,
  requests: readonly NetworkRequest[] = NETWORK_REQUESTS,
): PrivacyStatement {
  const say = (key: PrivacyKey) => t(message(key, { version }));
  const items = (entries: readonly [PrivacyKey, PrivacyKey][]): PrivacyBlock => ({
    kind: 'items',
    items: entries.map(([term, text]) => ({ term: say(term), text: say(text) })),
  });
  return {
    language: t.language,
    title: say('privacy.title'),
    lead: say('privacy.lead'),
    sections: [
      {
        id: 'stored',
        heading: say('privacy.storedHeading'),
        blocks: [
          { kind: 'paragraph', text: say('privacy.storedIntro') },
          items(STORED),
          { kind: 'paragraph', text: say('privacy.storedWhere') },
        ],
      },
      { id: 'read', heading: say('privacy.readHeading'), blocks: [{ kind: 'paragraph', text: say('privacy.read') }] },
      { id: 'sent', heading: say('privacy.sentHeading'), blocks: [{ kind: 'paragraph', text: say('privacy.sent') }] },
      {
        id: 'requests',
        heading: say('privacy.requestsHeading'),
        blocks: [
          { kind: 'paragraph', text: say('privacy.requestsIntro') },
          ...requests.flatMap((request): PrivacyBlock[] => [
            { kind: 'subheading', text: t(request.name) },
            { kind: 'paragraph', text: t(request.what) },
            { kind: 'list', label: say('privacy.when'), items: request.when.map((entry) => t(entry)) },
            { kind: 'paragraph', text: t(request.sends) },
            { kind: 'paragraph', text: t(request.permission) },
          ]),
        ],
      },
      { id: 'permissions', heading: say('privacy.permissionsHeading'), blocks: [items(PERMISSIONS)] },
    ],
  };
}
