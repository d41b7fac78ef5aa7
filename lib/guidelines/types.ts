import type { Platform } from '../platform';
import type { GuidelineRules, Profile } from '../schemas';
import type { Bilingual } from '../text';

export type Severity = 'error' | 'warning' | 'info';

/** Replace `text.slice(start, end)` with `replacement`; offsets are UTF-16 indices into the checked text. */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

export interface Fix {
  /** What the button does: "Tambahkan #TemanPemilih #KPUJepara". */
  label: Bilingual;
  edits: TextEdit[];
}

export type RuleId =
  | 'empty-post'
  | 'required-hashtags'
  | 'denied-hashtag'
  | 'denied-phrase'
  | 'hashtag-hyphen'
  | 'hashtag-apostrophe'
  | 'hashtag-space-after-hash'
  | 'hashtag-digits-only'
  | 'hashtag-split'
  | 'hashtag-duplicate'
  | 'character-limit'
  | 'see-more-cut'
  | 'hashtag-limit'
  | 'mention-limit'
  | 'instagram-link'
  | 'neutrality-campaigning'
  | 'neutrality-quiet-period-survey'
  | 'neutrality-quiet-period-name'
  | 'neutrality-one-pair'
  | 'doubled-word'
  | 'misspelling'
  | 'leftover-placeholder';

export interface Finding {
  /** Stable within one text: rule and range. */
  id: string;
  rule: RuleId;
  severity: Severity;
  message: Bilingual;
  /** The range the finding concerns (empty at the end of the text for something missing). */
  start: number;
  end: number;
  fix?: Fix;
}

export interface CheckContext {
  platform: Platform;
  /** Ids of the stages active now. */
  stageIds: readonly string[];
  rules: GuidelineRules;
  profile?: Partial<Pick<Profile, 'kabupaten' | 'kecamatan' | 'desa' | 'province'>>;
  /** The admin's setting, replacing the rule set's Instagram hashtag limit. */
  instagramHashtagLimit?: number;
}
