/**
 * Hashtags as Facebook and Instagram link them (docs/sites.md, "Hashtags and limits"): `#` then letters of
 * any script, marks, digits and underscores, with at least one letter; anything else ends the tag. A `#`
 * glued to a preceding letter, digit or `&` (an HTML entity) starts no tag. Compared case-insensitively.
 */

export interface HashtagMatch {
  /** The tag as written, with its `#`. */
  tag: string;
  start: number;
  end: number;
}

const TAG_BODY = String.raw`[\p{L}\p{M}\p{Nd}_]+`;
const HASHTAG = new RegExp(String.raw`(?<![\p{L}\p{M}\p{Nd}_&#])[#＃](${TAG_BODY})`, 'gu');
const HAS_LETTER = /[\p{L}]/u;

export function extractHashtags(text: string): HashtagMatch[] {
  const found: HashtagMatch[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    const body = match[1] as string;
    if (!HAS_LETTER.test(body)) continue;
    found.push({ tag: `#${body}`, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The form two tags are compared in: `#pilkada2024` for `#Pilkada2024`. */
export function tagKey(tag: string): string {
  return tag
    .replace(/^[#＃]/, '#')
    .normalize('NFC')
    .toLowerCase();
}

/**
 * A name as a tag body, in CamelCase without spaces or punctuation: "Pakpak Bharat" → "PakpakBharat",
 * "Tahunan" → "Tahunan", "Kota Baru-Utara" → "KotaBaruUtara".
 */
export function tagBodyFromName(name: string): string {
  return name
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{Nd}]+/u)
    .filter((word) => word !== '')
    .map((word) => (word[0] as string).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * Fills a tag template from the profile (`#PPK{{kecamatan}}` → `#PPKTahunan`). Returns null when a value is
 * missing, so a rule about a desa tag does not apply to a PPK.
 */
export function fillHashtagTemplate(
  template: string,
  values: Readonly<Record<string, string | undefined>>,
): string | null {
  let missing = false;
  const filled = template.replace(/\{\{([a-z_]+)\}\}/g, (_whole, name: string) => {
    const value = values[name];
    if (!value) {
      missing = true;
      return '';
    }
    return tagBodyFromName(value);
  });
  return missing ? null : filled;
}
