import type { HashtagMatch } from '../hashtags';
import type { Platform } from '../platforms/platform';
import type { GuidelineRules, Profile } from '../schemas';
import type { MessageRef } from '../messages/format';

export type Severity = 'error' | 'warning' | 'info';

/** Replace `text.slice(start, end)` with `replacement`; offsets are UTF-16 indices into the checked text. */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

export interface Fix {
  /** What the button does: "Tambahkan #TemanPemilih #KPUJepara". */
  label: MessageRef;
  edits: TextEdit[];
}

/** Every rule the checker knows. Each comes from exactly one rule family (see registry.ts). */
export const RULE_IDS = [
  'empty-post',
  'required-hashtags',
  'denied-hashtag',
  'denied-phrase',
  'hashtag-hyphen',
  'hashtag-apostrophe',
  'hashtag-space-after-hash',
  'hashtag-digits-only',
  'hashtag-split',
  'hashtag-duplicate',
  'character-limit',
  'see-more-cut',
  'hashtag-limit',
  'mention-limit',
  'instagram-link',
  'neutrality-campaigning',
  'neutrality-possible-campaigning',
  'neutrality-partisan-symbol',
  'neutrality-quiet-period-survey',
  'neutrality-quiet-period-campaign',
  'neutrality-quiet-period-name',
  'neutrality-one-pair',
  'doubled-word',
  'misspelling',
  'leftover-placeholder',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  /** Stable within one text: rule and range. */
  id: string;
  rule: RuleId;
  severity: Severity;
  message: MessageRef;
  /** The range the finding concerns (empty at the end of the text for something missing). */
  start: number;
  end: number;
  /**
   * What a finding that marks no words is about, in words of the post or its rules (the missing tags): an
   * admin's answer to it is kept under this, the same in either language.
   */
  subject?: string;
  fix?: Fix;
}

/**
 * A finding as the sidebar shows it: the background says it in the admin's language before sending it, so
 * the content script carries no checker catalogue (lib/background/handlers.ts, `checkPost`).
 */
export interface ShownFinding extends Omit<Finding, 'message' | 'fix'> {
  message: string;
  fix?: { label: string; edits: TextEdit[] };
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

/** One check of one text: what every family reads, and the findings they add. */
export interface Scan {
  text: string;
  context: CheckContext;
  tags: HashtagMatch[];
  findings: Finding[];
}

/**
 * A rule family: a few rules that read the text the same way, in one module under lib/guidelines/families
 * with its examples. `check` adds its findings to the scan.
 */
export interface RuleFamily {
  /** The family's name, for tests and messages about the registry. */
  name: string;
  /** The rules this family reports; no other family reports them. */
  ids: readonly RuleId[];
  /** Runs on a blank post too (only the empty-post family does; the others need text). */
  runsOnBlank?: boolean;
  check(scan: Scan): void;
}

/** A post that shows what a family finds (or does not), checked by a meta-test. */
export interface RuleExample {
  /** What the example shows. */
  note: string;
  text: string;
  platform?: Platform;
  /** The stages active when it is posted (none by default). */
  stageIds?: string[];
  /** Candidate pairs, parties and taglines as KPU Kabupaten imports them (none in the built-in rules). */
  candidatePairs?: GuidelineRules['neutrality']['candidatePairs'];
  /** The finding it produces; null when the family should find nothing in it. */
  finds: { rule: RuleId; severity: Severity } | null;
}
