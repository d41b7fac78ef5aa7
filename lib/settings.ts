import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Language } from './i18n';
import type { Profile } from './schemas';

/** The admin's preferences (the settings page edits them; the practice page sets the simulated date). */
export interface Settings {
  language: Language;
  /** A local date (`YYYY-MM-DD`) that replaces today, for training and demonstrations. */
  simulatedDate?: string;
  /** Overrides the rule set's Instagram hashtag limit. */
  instagramHashtagLimit?: number;
  /** The CSV separator: `;` by default, as Excel with Indonesian regional settings expects. */
  csvSeparator?: ',' | ';';
  /** Practice posts count in weekly reports (off by default). */
  includePracticeInReports?: boolean;
}

export const DEFAULT_SETTINGS: Settings = { language: 'id' };

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** The admin's profile as far as it has been filled in (first-run setup completes it). */
export const profileItem = storage.defineItem<Partial<Profile>>('local:profile', { fallback: {} });

/**
 * The storage keys the workspace is built from (settings, profile, the imported calendar, pack, rules and
 * drafts, and a pack update waiting at the subscribed address). Other writes, such as the authoring page
 * saving a pack at every keystroke, leave it alone.
 */
const WORKSPACE_KEYS = ['settings', 'profile', 'calendar', 'pack', 'rules', 'drafts', 'packSubscription'];

/** Calls `listener` when something the workspace is built from changes; returns a function that stops it. */
export function onWorkspaceChange(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && WORKSPACE_KEYS.some((key) => Object.hasOwn(changes, key))) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
