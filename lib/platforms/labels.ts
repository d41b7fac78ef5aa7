/**
 * The words Facebook and Instagram put on their composers, as data. The sites' markup has no stable ids or
 * class names, so Pandu finds a composer, its buttons and its confirmation by their accessible names, in
 * English and Indonesian. Each label carries a name as seen and where it was seen (docs/sites.md lists the
 * sources); a label marked unverified is our best reading of a UI nobody has recorded yet. Correcting the
 * sites' wording means editing these tables only.
 */

export interface SiteLabel {
  /** The words, compared without case, curly quotes, or "…" versus "...". */
  text: string;
  /**
   * `exact`: the whole name. `prefix`: the name starts with these words (a name follows, as in "What's on
   * your mind, Dewi?"). `suffix`: the name ends with them ("dewi.lestari's profile picture").
   */
  match: 'exact' | 'prefix' | 'suffix';
  language: 'en' | 'id';
  /** A name as the site shows it, that this label must match (the words themselves unless given). */
  example: string;
  /** Where it was seen, by the source's name in docs/sites.md ("scripts", "group bot"), or "unverified". */
  seen: string;
}

/** Quotes, ellipses, invisible marks and spacing as one form, keeping case (names are shown as found). */
function fold(text: string): string {
  return (
    text
      // NFKC turns "…" into "..." and full-width letters into plain ones.
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
      .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** One form for comparing: "What’s on your mind…" reads as "what's on your mind...". */
export function normaliseLabel(text: string): string {
  return fold(text).toLowerCase();
}

/** Trailing "..." (a placeholder's ellipsis) does not change what a label says. */
const withoutEllipsis = (text: string) => text.replace(/\s*\.{2,}$/, '');

/** Beside a label that ends (or starts) in a letter, the name must not go on with one: "Posting" is not "Postingan". */
const isWordCharacter = (character: string) => /[\p{L}\p{N}]/u.test(character);

export function labelMatches(label: SiteLabel, name: string): boolean {
  const have = withoutEllipsis(normaliseLabel(name));
  const want = withoutEllipsis(normaliseLabel(label.text));
  if (have === '' || want === '') return false;
  switch (label.match) {
    case 'exact':
      return have === want;
    case 'prefix':
      return (
        have.startsWith(want) && !(isWordCharacter(want.at(-1) ?? '') && isWordCharacter(have.charAt(want.length)))
      );
    case 'suffix':
      return (
        have.endsWith(want) &&
        !(isWordCharacter(want.charAt(0)) && isWordCharacter(have.charAt(have.length - want.length - 1)))
      );
  }
}

export function matchesLabel(name: string | null | undefined, labels: readonly SiteLabel[]): boolean {
  return !!name && labels.some((label) => labelMatches(label, name));
}

/** What is left of `name` once a prefix or suffix label is taken off: the account in "Foto profil dewi". */
export function remainderOf(name: string, labels: readonly SiteLabel[]): string | null {
  const label = labels.find((entry) => entry.match !== 'exact' && labelMatches(entry, name));
  if (!label) return null;
  const folded = fold(name);
  const length = fold(label.text).length;
  const rest = label.match === 'prefix' ? folded.slice(length) : folded.slice(0, folded.length - length);
  return rest.replace(/^[\s,:]+|[\s,?:.]+$/g, '') || null;
}

/** A label's maker for one language; the example defaults to the words themselves. */
const labelIn =
  (language: SiteLabel['language']) =>
  (text: string, match: SiteLabel['match'], seen: string, example = text): SiteLabel => ({
    text,
    match,
    language,
    example,
    seen,
  });
const en = labelIn('en');
const id = labelIn('id');

/** Sources, by the names docs/sites.md gives them ("Sources"). */
const SCRIPTS = 'scripts';
const GROUP_BOT = 'group bot';
const UNVERIFIED = 'unverified';

export const FACEBOOK_LABELS = {
  /** The post editor's aria-label or aria-placeholder. A name follows on profiles and Pages. */
  composer: [
    en('What’s on your mind', 'prefix', SCRIPTS, 'What’s on your mind, Dewi?'),
    id('Apa yang Anda pikirkan', 'prefix', SCRIPTS, 'Apa yang Anda pikirkan, PPK Tahunan?'),
    en('Write something', 'prefix', SCRIPTS, 'Write something...'),
    id('Tulis sesuatu', 'prefix', SCRIPTS, 'Tulis sesuatu...'),
    en('Create a public post', 'prefix', GROUP_BOT, 'Create a public post…'),
    id('Buat postingan publik', 'prefix', GROUP_BOT, 'Buat postingan publik...'),
  ],
  /** The "Create post" dialog's name. */
  composerDialog: [en('Create post', 'exact', SCRIPTS), id('Buat postingan', 'exact', SCRIPTS)],
  /** The second step of the two-step composer; the editor is gone from the DOM by then. */
  settingsDialog: [en('Post settings', 'exact', SCRIPTS), id('Pengaturan postingan', 'exact', UNVERIFIED)],
  /** Moves the two-step composer on to its settings step. */
  next: [en('Next', 'exact', SCRIPTS), id('Berikutnya', 'exact', UNVERIFIED)],
  /** Publishes. Exact: "Posting sebagai anonim" is a toggle, not this button. */
  post: [en('Post', 'exact', SCRIPTS), id('Posting', 'exact', SCRIPTS), id('Kirim', 'exact', SCRIPTS)],
  /** A switch next to a group's Post button: turning it on is not publishing. */
  anonymous: [en('Post anonymously', 'exact', GROUP_BOT), id('Posting sebagai anonim', 'exact', SCRIPTS)],
  /** The feed's "Create a post" region: it only opens the dialog, whatever it holds. */
  feedRegion: [en('Create a post', 'exact', SCRIPTS), id('Buat postingan', 'exact', UNVERIFIED)],
  /** Textboxes that are never post composers, wherever they sit. */
  notComposer: [
    en('Write a comment', 'prefix', SCRIPTS, 'Write a comment…'),
    id('Tulis komentar', 'prefix', SCRIPTS, 'Tulis komentar…'),
    en('Write a reply', 'prefix', SCRIPTS, 'Write a reply…'),
    id('Tulis balasan', 'prefix', UNVERIFIED, 'Tulis balasan…'),
    en('Message', 'exact', SCRIPTS),
    id('Pesan', 'exact', UNVERIFIED),
  ],
  /** The link to the new post in the toast after publishing. */
  postLink: [en('View post', 'exact', 'scripts (toasts); words: issue 10'), id('Lihat postingan', 'exact', UNVERIFIED)],
} satisfies Record<string, SiteLabel[]>;

export const INSTAGRAM_LABELS = {
  /** The "Create new post" dialog's name. */
  composerDialog: [en('Create new post', 'exact', SCRIPTS), id('Buat postingan baru', 'exact', UNVERIFIED)],
  /** The caption editor's aria-label. */
  caption: [
    en('Write a caption', 'prefix', SCRIPTS, 'Write a caption...'),
    id('Tulis keterangan', 'prefix', UNVERIFIED, 'Tulis keterangan...'),
  ],
  /** Publishes: a `div[role="button"]` with text only. */
  share: [en('Share', 'exact', SCRIPTS), id('Bagikan', 'exact', UNVERIFIED)],
  /** The confirmation: the dialog's name, its text, its checkmark image. */
  shared: [
    en('Post shared', 'exact', SCRIPTS),
    id('Postingan dibagikan', 'exact', UNVERIFIED),
    en('Your post has been shared', 'prefix', SCRIPTS, 'Your post has been shared.'),
    id('Postingan Anda telah dibagikan', 'prefix', UNVERIFIED, 'Postingan Anda telah dibagikan.'),
    en('Animated checkmark', 'exact', SCRIPTS),
  ],
  /** The poster's picture, whose alt text names the account. */
  profilePicture: [
    en('’s profile picture', 'suffix', SCRIPTS, 'dewi.lestari’s profile picture'),
    id('Foto profil', 'prefix', UNVERIFIED, 'Foto profil dewi.lestari'),
  ],
} satisfies Record<string, SiteLabel[]>;
