import { z } from 'zod';
import { hashtagTemplateSchema, idSchema, platformSchema, schemaLinkSchema, shortText } from './common';
import { message } from '../messages/reference';
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
  /**
   * Which tags come first when the required ones exceed Instagram's limit: 1 is kept first; rules without
   * an order come last, in file order.
   */
  priority: z.int().min(1).max(99).optional(),
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
      /**
       * Candidate pairs by ballot number ("01"), with the names a post might use for them (full names,
       * nicknames, the pair's short name) and their taglines and jargon. Ballot numbers themselves are
       * recognised without this list.
       */
      candidatePairs: z
        .array(
          z.strictObject({
            number: z.string().regex(/^\d{1,2}$/),
            names: wordList(20).min(1),
            taglines: wordList(20).optional(),
          }),
        )
        .max(20),
      parties: wordList(100),
      /**
       * Names of parties or candidates that are also ordinary words ("Garuda"): they count only after
       * "partai", in a tag, or right after an urging word (then as a warning for a person to judge).
       */
      ordinaryWordNames: wordList(100),
      /** Words that by themselves point at one contestant ("petahana"). */
      contestantWords: wordList(50),
      /** Hand-gesture emoji and the ballot number each shows (☝️ 1, ✌️ 2). */
      gestures: z.array(z.strictObject({ symbol: shortText(16), number: z.int().min(1).max(20) })).max(40),
      /** Imperatives urging a vote for the contestant that follows: "coblos", "pilih", "dukung". */
      campaignVerbs: wordList(200),
      /** Urging against the contestant that follows: "jangan pilih", "tolak". */
      opposeVerbs: wordList(100),
      /** Statements of support for the contestant that follows: "mendukung", "siap memenangkan". */
      supportVerbs: wordList(100),
      /** Words before a verb that make it an appeal or the writer's own statement: "ayo", "mari", "kami". */
      hortativeWords: wordList(50),
      /** Said of a contestant right after naming it: "pasti menang", "pilihanku". */
      supportPredicates: wordList(100),
      /** Phrases whose words never urge a vote for anyone: "hak pilih", "menentukan pilihan". */
      neutralPhrases: wordList(200),
      /** Words right before a contestant that make the mention official: "saksi". */
      officialMentionWords: wordList(50),
      /** Roles of election staff and officials: a name next to one is a person on duty, not a candidate. */
      officialRoles: wordList(100),
      /** Words right before a number that make it something other than a ballot number: TPS, RT, pasal. */
      nonBallotNumberWords: wordList(300),
      /** Words of a post refuting a hoax ("hoaks", "tidak benar"): what it quotes is not the body's voice. */
      refutationWords: wordList(100),
      /** Words that introduce what others say ("beredar", "viral"), in a post that refutes it. */
      reportingWords: wordList(100),
      /** How many words apart an urging word and a contestant may stand to be read together. */
      nearWords: z.int().min(1).max(30),
      quietPeriodStages: z.array(idSchema).max(20),
      /** Survey and quick-count terms, published in the quiet period only as results with a contestant. */
      surveyTerms: wordList(100),
      /** Words that make a survey mention a result: "unggul", "elektabilitas". */
      surveyResultWords: wordList(100),
      /** Words of a sentence stating a rule ("dilarang", "baru boleh"): such a sentence is not a result. */
      prohibitionWords: wordList(100),
      /** Campaign material: a contestant's "visi", "misi", "program unggulan", not to be spread in the quiet period. */
      campaignMaterialWords: wordList(100),
    }),
    misspellings: z.array(z.strictObject({ wrong: shortText(60), right: shortText(60) })).max(2000),
  })
  .superRefine((rules, context) => {
    rules.requiredHashtags.forEach((rule, index) => {
      if (rule.scope === 'stage' && !rule.stages)
        customIssue(context, ['requiredHashtags', index, 'stages'], message('problem.stageScope'));
      if (rule.scope === 'platform' && !rule.platforms)
        customIssue(context, ['requiredHashtags', index, 'platforms'], message('problem.platformScope'));
    });
    const numbers = new Set<number>();
    rules.neutrality.candidatePairs.forEach((pair, index) => {
      if (numbers.has(Number(pair.number)))
        customIssue(
          context,
          ['neutrality', 'candidatePairs', index, 'number'],
          message('problem.ballotTwice', { number: pair.number }),
        );
      numbers.add(Number(pair.number));
    });
    const wrongs = new Set<string>();
    rules.misspellings.forEach((entry, index) => {
      const key = entry.wrong.toLowerCase();
      if (wrongs.has(key))
        customIssue(
          context,
          ['misspellings', index, 'wrong'],
          message('problem.misspellingTwice', { wrong: entry.wrong }),
        );
      wrongs.add(key);
    });
  });

export type RequiredHashtags = z.infer<typeof requiredHashtagsSchema>;
export type CandidatePair = GuidelineRules['neutrality']['candidatePairs'][number];
export type GuidelineRules = z.infer<typeof guidelineRulesSchema>;
