import { z } from 'zod';
import { hashtagTemplateSchema, idSchema, platformSchema, schemaLinkSchema, shortText } from './common';
import { customIssue } from './refine';

export const HASHTAG_SCOPES = [
  'national',
  'institutional',
  'kabupaten',
  'kecamatan',
  'desa',
  'stage',
  'platform',
] as const;

export const requiredHashtagsSchema = z.strictObject({
  /** Why the tags are required; `stage` and `platform` rules need `stages` / `platforms`. */
  scope: z.enum(HASHTAG_SCOPES),
  /** May use profile placeholders: `#KPU{{kabupaten}}`, `#PPK{{kecamatan}}`, `#PPS{{desa}}`. */
  tags: z.array(hashtagTemplateSchema).min(1).max(30),
  stages: z.array(idSchema).min(1).optional(),
  platforms: z.array(platformSchema).min(1).optional(),
});

const wordList = (max: number) => z.array(shortText(120)).max(max);

export const guidelineRulesSchema = z
  .strictObject({
    $schema: schemaLinkSchema,
    schemaVersion: z.literal(1),
    id: idSchema,
    name: shortText(200),
    issuer: shortText(200),
    requiredHashtags: z.array(requiredHashtagsSchema).max(100),
    deniedHashtags: z.array(hashtagTemplateSchema).max(500),
    deniedPhrases: wordList(500),
    /** Tags KPU uses, so one split by a space (`#Teman Pemilih`) is recognised and can be joined. */
    knownHashtags: z.array(hashtagTemplateSchema).max(500),
    limits: z.strictObject({
      facebook: z.strictObject({
        characters: z.int().positive(),
        /** Where desktop Facebook cuts the post with "See more". */
        seeMore: z.int().positive(),
      }),
      instagram: z.strictObject({
        characters: z.int().positive(),
        hashtags: z.int().positive(),
        mentions: z.int().positive(),
      }),
    }),
    neutrality: z.strictObject({
      /** Candidate pairs by ballot number ("01") and the names a post might use for them. */
      candidatePairs: z
        .array(z.strictObject({ number: z.string().regex(/^\d{1,2}$/), names: wordList(20).min(1) }))
        .max(20),
      parties: wordList(100),
      campaignVerbs: wordList(200),
      /** How many words apart a name and a campaigning verb may stand to be flagged. */
      nearWords: z.int().min(1).max(30),
      quietPeriodStages: z.array(idSchema).max(20),
      surveyTerms: wordList(100),
    }),
    misspellings: z.array(z.strictObject({ wrong: shortText(60), right: shortText(60) })).max(2000),
  })
  .superRefine((rules, context) => {
    rules.requiredHashtags.forEach((rule, index) => {
      if (rule.scope === 'stage' && !rule.stages)
        customIssue(
          context,
          ['requiredHashtags', index, 'stages'],
          "cakupan 'stage' membutuhkan daftar tahapan",
          "scope 'stage' needs a list of stages",
        );
      if (rule.scope === 'platform' && !rule.platforms)
        customIssue(
          context,
          ['requiredHashtags', index, 'platforms'],
          "cakupan 'platform' membutuhkan daftar platform",
          "scope 'platform' needs a list of platforms",
        );
    });
    const wrongs = new Set<string>();
    rules.misspellings.forEach((entry, index) => {
      const key = entry.wrong.toLowerCase();
      if (wrongs.has(key))
        customIssue(
          context,
          ['misspellings', index, 'wrong'],
          `salah ketik '${entry.wrong}' disebut dua kali`,
          `misspelling '${entry.wrong}' is listed twice`,
        );
      wrongs.add(key);
    });
  });

export type RequiredHashtags = z.infer<typeof requiredHashtagsSchema>;
export type GuidelineRules = z.infer<typeof guidelineRulesSchema>;
