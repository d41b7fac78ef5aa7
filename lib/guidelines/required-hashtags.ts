import { fillHashtagTemplate, tagKey } from '../hashtags';
import type { GuidelineRules, Profile } from '../schemas';
import type { Platform } from '../platforms/platform';

export interface HashtagContext {
  platform: Platform;
  /** Ids of the stages active now (and, when filling a template, the template's own stages). */
  stageIds: readonly string[];
  profile?: Partial<Pick<Profile, 'kabupaten' | 'kecamatan' | 'desa' | 'province'>>;
}

export function profileTagValues(profile: HashtagContext['profile']): Record<string, string | undefined> {
  return {
    kabupaten: profile?.kabupaten,
    kecamatan: profile?.kecamatan,
    desa: profile?.desa,
    provinsi: profile?.province,
  };
}

/**
 * The tags a post must carry here, most important first (by the rules' `priority`, then file order),
 * without duplicates. Rules whose placeholders the profile cannot fill (a `#PPS{{desa}}` for a PPK) do not
 * apply.
 */
export function requiredHashtags(rules: GuidelineRules, context: HashtagContext): string[] {
  const values = profileTagValues(context.profile);
  const stageIds = new Set(context.stageIds);
  const seen = new Set<string>();
  const tags: string[] = [];
  const ordered = rules.requiredHashtags
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => (a.rule.priority ?? 100) - (b.rule.priority ?? 100) || a.index - b.index)
    .map(({ rule }) => rule);
  for (const rule of ordered) {
    if (rule.platforms && !rule.platforms.includes(context.platform)) continue;
    if (rule.stages && !rule.stages.some((stage) => stageIds.has(stage))) continue;
    for (const template of rule.tags) {
      const tag = fillHashtagTemplate(template, values);
      if (tag === null || seen.has(tagKey(tag))) continue;
      seen.add(tagKey(tag));
      tags.push(tag);
    }
  }
  return tags;
}

/** The required tags that fit a platform's hashtag limit, and those left out (the least important). */
export function requiredWithinLimit(
  rules: GuidelineRules,
  context: HashtagContext,
  limit: number,
): { kept: string[]; leftOut: string[] } {
  const tags = requiredHashtags(rules, context);
  return { kept: tags.slice(0, Math.max(limit, 0)), leftOut: tags.slice(Math.max(limit, 0)) };
}

/** Instagram's hashtag limit here: the admin's setting, else the rules'; no limit elsewhere. */
export function hashtagLimitFor(rules: GuidelineRules, platform: Platform, setting?: number): number {
  return platform === 'instagram' ? (setting ?? rules.limits.instagram.hashtags) : Infinity;
}
