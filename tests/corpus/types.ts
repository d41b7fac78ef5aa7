import type { Platform } from '@/lib/platforms';
import type { RuleId, Severity } from '@/lib/guidelines';

/** A finding a post should get: `neutrality-campaigning:error`. */
export type Expected = `${RuleId}:${Severity}`;

/** One labelled post of the corpus. */
export interface CorpusPost {
  /** When it was posted: a stage id (its middle day is used) or a local date. */
  stage?: string;
  date?: string;
  platform?: Platform;
  /** Checked with the kabupaten's list of candidate pairs, parties and taglines (kpu-data.ts). */
  kpuData?: boolean;
  text: string;
  /** Count the required-tags finding too (checked with the corpus's PPK Tahunan profile): a post written to test it. */
  countsRequiredTags?: boolean;
  /** The findings it should get, besides the format rules that depend on the profile (required tags). */
  expect: Expected[];
}
