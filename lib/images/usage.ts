import type { PostImage } from '../posts/schema';

/** One approved image and how many posts carried it (KPU Kabupaten sees which flyers went out). */
export interface ImageUse {
  sha256: string;
  /** The templates it went out with. */
  templateIds: string[];
  posts: number;
}

/** Posts per image, most used first: a post counts once per image however often it lists it. */
export function postsPerImage(posts: Iterable<{ images?: readonly PostImage[] }>): ImageUse[] {
  const uses = new Map<string, { templateIds: Set<string>; posts: number }>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const image of post.images ?? []) {
      const use = uses.get(image.sha256) ?? { templateIds: new Set<string>(), posts: 0 };
      use.templateIds.add(image.templateId);
      if (!seen.has(image.sha256)) use.posts++;
      seen.add(image.sha256);
      uses.set(image.sha256, use);
    }
  }
  return [...uses]
    .map(([sha256, use]) => ({ sha256, templateIds: [...use.templateIds].sort(), posts: use.posts }))
    .sort((a, b) => b.posts - a.posts || a.sha256.localeCompare(b.sha256));
}
