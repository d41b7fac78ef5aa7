import { storage } from 'wxt/utils/storage';
import type { Language } from '../messages/i18n';
import type { Profile } from '../schemas';

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
