/**
 * Composer variants written apart from Pandu's fixtures: how Facebook's and Instagram's web apps could build
 * each flow, as React renders them (generated class names, deep wrappers, names by aria-label,
 * aria-labelledby, aria-placeholder, aria-describedby or a placeholder element beside the editor), each with
 * what an admin must see happen. Words are only those the sites use, with where they were seen (the
 * sources of docs/sites.md); where a variant's shape is our reading rather than a record, it says so.
 *
 * A variant opens its markup as a new layer (the site renders the composer after a click), then plays its
 * steps. Test-only markers `data-v="…"` name the parts the steps act on; the adapters never read them.
 */

export type Site = 'facebook' | 'instagram';

export type Step =
  /** The admin types into the editor open now (Lexical's paragraphs; its placeholder goes while there is text). */
  | { type: string }
  /** A click on the innermost element of the part (the text span inside a button); forged: from a page script. */
  | { click: string; forged?: boolean }
  /** A key pressed with focus on the part (Enter on a button; Ctrl+Enter in the editor). */
  | { key: 'Enter' | ' '; on: string; ctrl?: boolean }
  /** The site enables a button once there is text (aria-disabled goes). */
  | { enable: string }
  /** The site re-renders the part's contents (the next step of a dialog), or the whole layer. */
  | { render: string; into?: string }
  /** A new layer appears (a dialog of its own). */
  | { open: string }
  /** The site removes every layer this variant opened (the dialog closes). */
  | { close: true }
  /** The site empties the editor (an inline composer after it took the post). */
  | { clear: true }
  /** A toast in the page's status region. */
  | { toast: string }
  /** The admin puts the caret in the part (a click into a box). */
  | { focus: string }
  /** The site adds markup at the end of the part (a toolbar that shows once the box is focused). */
  | { append: string; into: string };

export interface Logged {
  text: string;
  status: 'published' | 'unconfirmed';
  account?: string;
  postUrl?: string;
}

export interface Variant {
  id: string;
  site: Site;
  title: string;
  /** Where this shape and its words were seen; "unverified" where it is our reading. */
  seen: string;
  /** Opened inside the page's main column (an inline composer) rather than as a layer over the page. */
  inline?: boolean;
  html: string;
  /** Does a composer (the sidebar) appear when the markup opens? */
  composer: boolean;
  steps: Step[];
  /** What the log holds at the end, one entry per post (a later link updates the same entry). */
  logged: Logged[];
}

/** Sources (docs/sites.md, "Sources"). */
const SCRIPTS = 'scripts (public automation scripts, extensions, HTML dumps 2023–2026)';
const GROUP_BOT = 'group bot (a public group-posting bot, 2025)';
const LEXICAL =
  'Lexical’s React ContentEditable renders its placeholder as an element beside the editor, with aria-placeholder optional';
const UNVERIFIED = 'unverified: our reading';

// ---- markup as React renders it: generated class names, wrappers, text in spans --------------------------

/** A Lexical root, as both sites render it. */
const editor = (attributes = '') =>
  `<div class="xzsf02u x1a2a7pz" contenteditable="true" role="textbox" spellcheck="true" tabindex="0" data-lexical-editor="true" data-v="editor" style="user-select: text; white-space: pre-wrap;" ${attributes}><p class="xdj266r"><br></p></div>`;

/** The placeholder Lexical's React editor renders beside the editable element. */
const placeholder = (text: string, hidden = false) =>
  `<div class="xi81zsa x6ikm8r x10l6tqk"${hidden ? ' aria-hidden="true"' : ''} data-v="placeholder">${text}</div>`;

/** An editor with its placeholder beside it, in Facebook's wrappers. */
const editorWithPlaceholder = (text: string, attributes = '', hidden = false) =>
  `<div class="x1n2onr6"><div class="x78zum5">${editor(attributes)}</div>${placeholder(text, hidden)}</div>`;

/** `div[role=button]` with its text in nested spans, optionally an aria-label and aria-disabled. */
const button = (
  text: string,
  part: string,
  { label = false, disabled = false, extra = '' }: { label?: boolean; disabled?: boolean; extra?: string } = {},
) =>
  `<div role="button" tabindex="0" class="x1i10hfl xjbqb8w" data-v="${part}"${label ? ` aria-label="${text}"` : ''}${disabled ? ' aria-disabled="true"' : ''} ${extra}><div class="x6s0dn4"><span class="x193iq5w"><span class="x1lliihq">${text}</span></span></div></div>`;

/** Wraps markup in `depth` generated-class divs, as React components nest. */
const wrap = (depth: number, inner: string): string =>
  depth === 0 ? inner : `<div class="x${depth}n2onr6">${wrap(depth - 1, inner)}</div>`;

const avatar = (name: string) =>
  `<svg role="img" aria-label="${name}" class="x3ajldb" width="40" height="40"><mask id="m"></mask><image href="data:," width="40" height="40"></image></svg>`;

const close = (label: string) => `<div role="button" tabindex="0" aria-label="${label}" data-v="close">×</div>`;

// ---- Facebook -----------------------------------------------------------------------------------------------

const createPost = (
  language: 'en' | 'id',
  body: string,
  { naming = 'label', modal = true }: { naming?: 'label' | 'labelledby' | 'heading' | 'none'; modal?: boolean } = {},
) => {
  const title = language === 'en' ? 'Create post' : 'Buat postingan';
  const name =
    naming === 'label' ? ` aria-label="${title}"` : naming === 'labelledby' ? ' aria-labelledby="dlg-title"' : '';
  const heading =
    naming === 'none'
      ? ''
      : `<div class="x1n2onr6"><h2 dir="auto" class="x1heor9g"${naming === 'labelledby' ? ' id="dlg-title"' : ''}><span class="x193iq5w">${title}</span></h2>${close(language === 'en' ? 'Close' : 'Tutup')}</div>`;
  return `<div role="dialog"${modal ? ' aria-modal="true"' : ''}${name} class="x1n2onr6 x1ja2u2z" data-v="dialog">${wrap(3, `${heading}<form method="POST">${body}</form>`)}</div>`;
};

const settingsStep = (language: 'en' | 'id', naming: 'labelledby' | 'heading') => {
  const words =
    language === 'en'
      ? { title: 'Post settings', back: 'Back', post: 'Post', boost: 'Boost post' }
      : { title: 'Pengaturan postingan', back: 'Kembali', post: 'Posting', boost: 'Tingkatkan postingan' };
  return (
    `<div class="x1n2onr6">${button(words.back, 'back', { label: true })}<h2 dir="auto"${naming === 'labelledby' ? ' id="dlg-title"' : ''}><span>${words.title}</span></h2></div>` +
    `<div role="switch" aria-checked="false" tabindex="0" data-v="boost">${words.boost}</div>` +
    wrap(2, button(words.post, 'post', { label: true }))
  );
};

const fbFeedDialog = (language: 'en' | 'id', label: string, post: string) =>
  createPost(
    language,
    `${avatar('Dewi Lestari')}<span dir="auto">Dewi Lestari</span>` +
      wrap(4, editorWithPlaceholder(label, `aria-label="${label}"`)) +
      `<div class="x1n2onr6">${button(language === 'en' ? 'Photo/video' : 'Foto/video', 'photo', { label: true })}</div>` +
      wrap(2, button(post, 'post', { label: true, disabled: true })),
    { naming: 'labelledby' },
  );

const TEXT = 'Rapat pleno terbuka rekapitulasi DPS tingkat kecamatan.\n#TemanPemilih #PilkadaSerentak2024';

const publishedOnce = (account?: string, status: Logged['status'] = 'published'): Logged[] => [
  { text: TEXT, status, ...(account ? { account } : {}) },
];

/** A group's inline composer: the block opens in place in the feed column, with no dialog. */
const inlineBlock = (
  language: 'en' | 'id',
  editorMarkup: string,
  { depth = 3, anonymous = 'switch' }: { depth?: number; anonymous?: 'switch' | 'pressed' } = {},
) => {
  const words =
    language === 'en'
      ? { anonymous: 'Post anonymously', post: 'Post' }
      : { anonymous: 'Posting sebagai anonim', post: 'Posting' };
  const toggle =
    anonymous === 'switch'
      ? `<div role="switch" aria-checked="false" tabindex="0" data-v="anonymous"><span>${words.anonymous}</span></div>`
      : `<div role="button" aria-pressed="false" tabindex="0" data-v="anonymous"><span>${words.anonymous}</span></div>`;
  return (
    `<div class="x1yztbdb">${avatar('Dewi Lestari')}${wrap(depth, editorMarkup)}` +
    `<div class="x9f619">${toggle}${button(words.post, 'post', { disabled: true })}</div></div>`
  );
};

export const FACEBOOK_VARIANTS: Variant[] = [
  {
    id: 'fb-feed-en',
    site: 'facebook',
    title: 'Feed "Create post" dialog named by its heading (aria-labelledby); Post enabled once there is text',
    seen: SCRIPTS,
    html: fbFeedDialog('en', 'What’s on your mind, Dewi?', 'Post'),
    composer: true,
    steps: [{ type: TEXT }, { enable: 'post' }, { click: 'post' }, { close: true }],
    logged: publishedOnce('Dewi Lestari'),
  },
  {
    id: 'fb-feed-id',
    site: 'facebook',
    title: 'Feed dialog in Indonesian: "Buat postingan", "Apa yang Anda pikirkan, Dewi?", "Posting"',
    seen: `${SCRIPTS} (dialog, label); "Posting": scripts (groups)`,
    html: fbFeedDialog('id', 'Apa yang Anda pikirkan, Dewi?', 'Posting'),
    composer: true,
    steps: [{ type: TEXT }, { enable: 'post' }, { click: 'post' }, { close: true }],
    logged: publishedOnce('Dewi Lestari'),
  },
  {
    id: 'fb-feed-disabled-post',
    site: 'facebook',
    title: 'A click on the greyed-out Post (aria-disabled) does nothing; closing the dialog then logs nothing',
    seen: SCRIPTS,
    html: fbFeedDialog('en', "What's on your mind, Dewi?", 'Post'),
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: [],
  },
  {
    id: 'fb-feed-placeholder-attribute',
    site: 'facebook',
    title: 'Editor with aria-placeholder only (no aria-label), dialog named by aria-label, Post by text only',
    seen: `${SCRIPTS}; ${LEXICAL}`,
    html: createPost(
      'en',
      wrap(4, editorWithPlaceholder('What’s on your mind, Dewi?', 'aria-placeholder="What’s on your mind, Dewi?"')) +
        button('Post', 'post'),
    ),
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: publishedOnce('Dewi'),
  },
  {
    id: 'fb-feed-placeholder-sibling-heading-dialog',
    site: 'facebook',
    title: 'Editor with no aria names, only the placeholder element beside it; dialog named by a heading only',
    seen: `${LEXICAL}; a dialog with a visible heading but no aria name: ${UNVERIFIED}`,
    html: createPost(
      'en',
      wrap(4, editorWithPlaceholder('What’s on your mind, Dewi?')) + button('Post', 'post', { label: true }),
      { naming: 'heading' },
    ),
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: publishedOnce('Dewi'),
  },
  {
    id: 'fb-feed-placeholder-sibling-aria-hidden',
    site: 'facebook',
    title: 'The placeholder beside the editor is aria-hidden; unnamed dialog with an Indonesian heading',
    seen: `${LEXICAL}; ${UNVERIFIED}`,
    html: createPost(
      'id',
      wrap(4, editorWithPlaceholder('Apa yang Anda pikirkan, Dewi?', '', true)) + button('Posting', 'post'),
      { naming: 'heading' },
    ),
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: publishedOnce('Dewi'),
  },
  {
    id: 'fb-nested-named-outer',
    site: 'facebook',
    title: 'Nested role=dialog: the outer is named "Buat postingan", the inner (nearest) unnamed; label by placeholder',
    seen: `nested dialog layers: ${SCRIPTS}; the placement of the name: ${UNVERIFIED}`,
    html: `<div role="dialog" aria-label="Buat postingan" data-v="dialog">${wrap(
      2,
      `<div role="dialog">${wrap(3, editorWithPlaceholder('Apa yang Anda pikirkan, Dewi?'))}${button('Posting', 'post', { label: true })}</div>`,
    )}</div>`,
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: publishedOnce('Dewi'),
  },
  {
    id: 'fb-nested-unnamed-layer',
    site: 'facebook',
    title: 'Nested role=dialog: an unnamed layer wraps the named "Create post" dialog',
    seen: `nested dialog layers: ${SCRIPTS}`,
    html: `<div role="dialog" class="x1n2onr6">${fbFeedDialog('en', 'What’s on your mind, Dewi?', 'Post')}</div>`,
    composer: true,
    steps: [{ type: TEXT }, { enable: 'post' }, { click: 'post' }, { close: true }],
    logged: publishedOnce('Dewi Lestari'),
  },
  {
    id: 'fb-nested-footer-outside-inner',
    site: 'facebook',
    title: 'Nested role=dialog: the editor in the inner dialog, the Post footer in the outer one',
    seen: `nested dialog layers: ${SCRIPTS}; the footer outside the inner one: ${UNVERIFIED}`,
    html: `<div role="dialog" aria-labelledby="dlg-title" data-v="dialog"><h2 id="dlg-title">Create post</h2><div role="dialog">${wrap(
      3,
      editor('aria-label="What’s on your mind, Dewi?"'),
    )}</div><div class="x1n2onr6">${button('Post', 'post', { label: true })}</div></div>`,
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: publishedOnce('Dewi'),
  },
  {
    id: 'fb-two-step-en',
    site: 'facebook',
    title: 'Two steps: Next (disabled until text) → the same dialog renders "Post settings" → Post',
    seen: SCRIPTS,
    html: createPost(
      'en',
      wrap(
        4,
        editorWithPlaceholder('What’s on your mind, PPK Tahunan?', 'aria-label="What’s on your mind, PPK Tahunan?"'),
      ) + button('Next', 'next', { label: true, disabled: true }),
      { naming: 'labelledby' },
    ),
    composer: true,
    steps: [
      { type: TEXT },
      { enable: 'next' },
      { click: 'next' },
      { render: settingsStep('en', 'labelledby'), into: 'dialog' },
      { click: 'boost' },
      { click: 'post' },
      { close: true },
    ],
    logged: publishedOnce('PPK Tahunan'),
  },
  {
    id: 'fb-two-step-id-new-dialog',
    site: 'facebook',
    title: 'Two steps in Indonesian: Berikutnya → a new dialog "Pengaturan postingan" (aria-label) → Posting',
    seen: `${SCRIPTS} (EN); the Indonesian words: ${UNVERIFIED}`,
    html: createPost(
      'id',
      wrap(4, editor('aria-label="Apa yang Anda pikirkan, PPK Tahunan?"')) + button('Berikutnya', 'next'),
    ),
    composer: true,
    steps: [
      { type: TEXT },
      { click: 'next' },
      { close: true },
      {
        open: `<div role="dialog" aria-label="Pengaturan postingan" data-v="dialog">${settingsStep('id', 'labelledby')}</div>`,
      },
      { click: 'post' },
      { close: true },
    ],
    logged: publishedOnce('PPK Tahunan'),
  },
  {
    id: 'fb-two-step-heading-only-dialog',
    site: 'facebook',
    title: 'Two steps: the settings step comes as a new dialog named only by its visible heading',
    seen: `${SCRIPTS} (the flow); a dialog with a heading but no aria name: ${UNVERIFIED}`,
    html: createPost('en', wrap(4, editor('aria-label="What’s on your mind, Dewi?"')) + button('Next', 'next')),
    composer: true,
    steps: [
      { type: TEXT },
      { click: 'next' },
      { close: true },
      { open: `<div role="dialog" data-v="dialog">${settingsStep('en', 'heading')}</div>` },
      { click: 'post' },
      { close: true },
    ],
    logged: publishedOnce('Dewi'),
  },
  {
    id: 'fb-two-step-abandoned',
    site: 'facebook',
    title: 'Two steps: Next, then the admin closes the settings step: nothing is logged',
    seen: SCRIPTS,
    html: createPost('en', wrap(4, editor('aria-label="What’s on your mind, Dewi?"')) + button('Next', 'next')),
    composer: true,
    steps: [
      { type: TEXT },
      { click: 'next' },
      { render: settingsStep('en', 'heading'), into: 'dialog' },
      { close: true },
    ],
    logged: [],
  },
  {
    id: 'fb-two-step-back',
    site: 'facebook',
    title: 'Two steps: Next, Back (a new editor), an edit, Next, Post: the edited text is logged once',
    seen: SCRIPTS,
    html: createPost('en', wrap(4, editor('aria-label="What’s on your mind, Dewi?"')) + button('Next', 'next')),
    composer: true,
    steps: [
      { type: 'Draf pertama' },
      { click: 'next' },
      { render: settingsStep('en', 'heading'), into: 'dialog' },
      { click: 'back' },
      {
        render: `<h2>Create post</h2>${wrap(4, editor('aria-label="What’s on your mind, Dewi?"'))}${button('Next', 'next')}`,
        into: 'dialog',
      },
      { type: TEXT },
      { click: 'next' },
      { render: settingsStep('en', 'heading'), into: 'dialog' },
      { click: 'post' },
      { close: true },
    ],
    logged: publishedOnce('Dewi'),
  },
  {
    id: 'fb-group-inline-en',
    site: 'facebook',
    title: 'Group inline composer (no dialog): aria-placeholder "Create a public post…", anonymous switch, Post',
    seen: GROUP_BOT,
    inline: true,
    html: inlineBlock('en', editorWithPlaceholder('Create a public post…', 'aria-placeholder="Create a public post…"')),
    composer: true,
    steps: [{ type: TEXT }, { click: 'anonymous' }, { enable: 'post' }, { click: 'post' }, { clear: true }],
    logged: publishedOnce('Dewi Lestari'),
  },
  {
    id: 'fb-group-inline-id-pressed-toggle',
    site: 'facebook',
    title: 'Group inline composer in Indonesian; "Posting sebagai anonim" as an aria-pressed button is not publishing',
    seen: `${GROUP_BOT}; "Posting sebagai anonim": ${SCRIPTS}`,
    inline: true,
    html: inlineBlock(
      'id',
      editorWithPlaceholder('Buat postingan publik...', 'aria-placeholder="Buat postingan publik..."'),
      { anonymous: 'pressed' },
    ),
    composer: true,
    steps: [{ type: TEXT }, { click: 'anonymous' }, { enable: 'post' }, { click: 'post' }, { clear: true }],
    logged: publishedOnce('Dewi Lestari'),
  },
  {
    id: 'fb-group-inline-anonymous-only',
    site: 'facebook',
    title: 'Group inline composer: switching "Post anonymously" and leaving logs nothing',
    seen: GROUP_BOT,
    inline: true,
    html: inlineBlock('en', editor('aria-placeholder="Create a public post…"')),
    composer: true,
    steps: [{ type: TEXT }, { click: 'anonymous' }, { close: true }],
    logged: [],
  },
  {
    id: 'fb-group-inline-deep',
    site: 'facebook',
    title: 'Group inline composer whose Post sits 16 wrappers above the editor (React nests deeply)',
    seen: `${GROUP_BOT}; the depth: 2024–2026 dumps nest the editor 10–20 divs deep`,
    inline: true,
    html: inlineBlock('en', editor('aria-placeholder="Create a public post…"'), { depth: 16 }),
    composer: true,
    steps: [{ type: TEXT }, { enable: 'post' }, { click: 'post' }, { clear: true }],
    logged: publishedOnce('Dewi Lestari'),
  },
  {
    id: 'fb-group-inline-placeholder-sibling',
    site: 'facebook',
    title: 'Group inline composer whose editor has no aria names, only Lexical’s placeholder element beside it',
    seen: `${GROUP_BOT}; ${LEXICAL}`,
    inline: true,
    html: inlineBlock('id', editorWithPlaceholder('Tulis sesuatu...')),
    composer: true,
    steps: [{ type: TEXT }, { enable: 'post' }, { click: 'post' }, { clear: true }],
    logged: publishedOnce('Dewi Lestari'),
  },
  {
    id: 'fb-group-inline-describedby',
    site: 'facebook',
    title: 'Group inline composer whose placeholder is tied to the editor by aria-describedby',
    seen: `${GROUP_BOT}; aria-describedby for the placeholder: ${UNVERIFIED}`,
    inline: true,
    html: inlineBlock(
      'en',
      `<div>${editor('aria-describedby="ph-1"')}<div id="ph-1" data-v="placeholder">Write something...</div></div>`,
    ),
    composer: true,
    steps: [{ type: TEXT }, { enable: 'post' }, { click: 'post' }, { clear: true }],
    logged: publishedOnce('Dewi Lestari'),
  },
  {
    id: 'fb-group-inline-collapsed-no-post',
    site: 'facebook',
    title:
      'Inline "Tulis sesuatu..." box with no Post of its own, above feed stories whose buttons say "Kirim": not a composer',
    seen: `${GROUP_BOT}; "Kirim" also sends a comment: ${UNVERIFIED}`,
    inline: true,
    html: `${wrap(6, editorWithPlaceholder('Tulis sesuatu...', 'aria-placeholder="Tulis sesuatu..."'))}<div role="feed"><div role="article">Cerita${button('Kirim', 'post', { label: true })}</div></div>`,
    composer: false,
    steps: [{ type: TEXT }, { click: 'post' }, { clear: true }],
    logged: [],
  },
  {
    id: 'fb-draft-restored',
    site: 'facebook',
    title: 'The dialog reopens with the unsent draft: no placeholder shows, the editor has no aria names',
    seen: `drafts kept in the composer: ${UNVERIFIED}`,
    html: createPost(
      'en',
      wrap(4, editor().replace('<p class="xdj266r"><br></p>', '<p><span data-lexical-text="true">Draf</span></p>')) +
        button('Post', 'post', { label: true }),
      { naming: 'labelledby' },
    ),
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: publishedOnce(),
  },
  {
    id: 'fb-group-inline-labelledby',
    site: 'facebook',
    title: 'Group inline composer whose editor is named by aria-labelledby (a visually hidden label)',
    seen: `${GROUP_BOT}; aria-labelledby on the editor: ${UNVERIFIED}`,
    inline: true,
    html: inlineBlock(
      'id',
      `<span id="inline-label" style="position:absolute;clip:rect(0 0 0 0)">Tulis sesuatu...</span>${editor('aria-labelledby="inline-label"')}`,
    ),
    composer: true,
    steps: [{ type: TEXT }, { enable: 'post' }, { click: 'post' }, { clear: true }],
    logged: publishedOnce('Dewi Lestari'),
  },
  {
    id: 'fb-group-inline-expands-on-focus',
    site: 'facebook',
    title: 'Group inline composer that shows its Post button only once the admin clicks into it',
    seen: `${GROUP_BOT} (expands in place); the order of rendering: ${UNVERIFIED}`,
    inline: true,
    html: `<div class="x1yztbdb" data-v="block">${avatar('Dewi Lestari')}${wrap(3, editorWithPlaceholder('Create a public post…'))}</div>`,
    composer: true,
    steps: [
      { focus: 'editor' },
      { append: `<div class="x9f619">${button('Post', 'post', { disabled: true })}</div>`, into: 'block' },
      { type: TEXT },
      { enable: 'post' },
      { click: 'post' },
      { clear: true },
    ],
    logged: publishedOnce('Dewi Lestari'),
  },
  {
    id: 'fb-tag-people-picker',
    site: 'facebook',
    title: 'A named picker ("Tag people") inside the Create post dialog: its search box is not the composer',
    seen: `"Tag people": ${SCRIPTS}; its search box as a contenteditable textbox: ${UNVERIFIED}`,
    html: createPost(
      'en',
      `<div role="dialog" aria-label="Tag people">${editor('aria-label="Search for friends"')}${button('Done', 'done')}</div>` +
        button('Post', 'post', { label: true }),
    ),
    composer: false,
    steps: [{ type: 'Dewi' }, { click: 'done' }, { close: true }],
    logged: [],
  },
  {
    id: 'fb-close-icon-before-avatar',
    site: 'facebook',
    title:
      'The dialog’s Close button carries a labelled icon before the poster’s picture: the account is the picture’s',
    seen: `labelled icons: ${UNVERIFIED}`,
    html: createPost(
      'id',
      `<div role="button" tabindex="0" aria-label="Tutup"><svg role="img" aria-label="Tutup"></svg></div>${avatar('PPS Mulyoharjo')}` +
        wrap(3, editor('aria-label="Apa yang Anda pikirkan, PPS Mulyoharjo?"')) +
        button('Posting', 'post'),
    ),
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: publishedOnce('PPS Mulyoharjo'),
  },
  {
    id: 'fb-group-dialog-write-something',
    site: 'facebook',
    title: 'Group "Create post" dialog: "Write something..." with three dots, Post by aria-label',
    seen: SCRIPTS,
    html: createPost(
      'en',
      wrap(3, editor('aria-label="Write something..."')) + button('Post', 'post', { label: true }),
    ),
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: publishedOnce(),
  },
  {
    id: 'fb-group-dialog-tulis-sesuatu',
    site: 'facebook',
    title: 'Group dialog in Indonesian: "Tulis sesuatu…" with the ellipsis character, "Posting" as text',
    seen: SCRIPTS,
    html: createPost('id', wrap(3, editor('aria-label="Tulis sesuatu…"')) + button('Posting', 'post'), {
      naming: 'heading',
    }),
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: publishedOnce(),
  },
  {
    id: 'fb-page-kirim',
    site: 'facebook',
    title: 'Page composer in Indonesian: "Apa yang Anda pikirkan, PPK Tahunan?" and "Kirim"',
    seen: SCRIPTS,
    html: createPost(
      'id',
      wrap(4, editor('aria-label="Apa yang Anda pikirkan, PPK Tahunan?"')) + button('Kirim', 'post', { label: true }),
    ),
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: publishedOnce('PPK Tahunan'),
  },
  {
    id: 'fb-page-en-straight-quote',
    site: 'facebook',
    title: 'Page composer in English with a straight apostrophe and the Page’s avatar',
    seen: SCRIPTS,
    html: createPost(
      'en',
      avatar('PPK Tahunan') +
        wrap(4, editor(`aria-label="What's on your mind, PPK Tahunan?"`)) +
        button('Post', 'post'),
    ),
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: publishedOnce('PPK Tahunan'),
  },
  {
    id: 'fb-ctrl-enter',
    site: 'facebook',
    title: 'Ctrl+Enter in the editor publishes',
    seen: `Facebook’s keyboard shortcut: ${UNVERIFIED}`,
    html: fbFeedDialog('en', 'What’s on your mind, Dewi?', 'Post'),
    composer: true,
    steps: [{ type: TEXT }, { enable: 'post' }, { key: 'Enter', on: 'editor', ctrl: true }, { close: true }],
    logged: publishedOnce('Dewi Lestari'),
  },
  {
    id: 'fb-enter-on-post',
    site: 'facebook',
    title: 'Enter with focus on the Post button (a div[role=button] answers keys itself)',
    seen: SCRIPTS,
    html: fbFeedDialog('id', 'Apa yang Anda pikirkan, Dewi?', 'Posting'),
    composer: true,
    steps: [{ type: TEXT }, { enable: 'post' }, { key: 'Enter', on: 'post' }, { close: true }],
    logged: publishedOnce('Dewi Lestari'),
  },
  {
    id: 'fb-submit-button-element',
    site: 'facebook',
    title: 'Post as a real <button type=submit> in the dialog’s form',
    seen: UNVERIFIED,
    html: createPost(
      'en',
      wrap(3, editor('aria-label="What’s on your mind?"')) +
        '<button type="submit" data-v="post"><span>Post</span></button>',
    ),
    composer: true,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: publishedOnce(),
  },
  {
    id: 'fb-view-post-toast',
    site: 'facebook',
    title: 'After Post, a toast "Lihat postingan" links to the new post: the entry gets that link',
    seen: `toasts with the post’s link: ${SCRIPTS}; "Lihat postingan": ${UNVERIFIED}`,
    html: fbFeedDialog('id', 'Apa yang Anda pikirkan, Dewi?', 'Posting'),
    composer: true,
    steps: [
      { type: TEXT },
      { enable: 'post' },
      { click: 'post' },
      { close: true },
      {
        toast:
          'Postingan Anda sudah dipublikasikan. <a href="https://www.facebook.com/dewi.lestari/posts/pfbid02xyz" role="link"><span>Lihat postingan</span></a>',
      },
    ],
    logged: [
      {
        text: TEXT,
        status: 'published',
        account: 'Dewi Lestari',
        postUrl: 'https://www.facebook.com/dewi.lestari/posts/pfbid02xyz',
      },
    ],
  },
  {
    id: 'fb-forged-click',
    site: 'facebook',
    title: 'A page script’s click on Post (untrusted) logs nothing, even when the dialog then closes',
    seen: 'issue 10',
    html: fbFeedDialog('en', 'What’s on your mind, Dewi?', 'Post'),
    composer: true,
    steps: [{ type: TEXT }, { enable: 'post' }, { click: 'post', forged: true }, { close: true }],
    logged: [],
  },
  {
    id: 'fb-post-like-words',
    site: 'facebook',
    title: 'Buttons whose names contain "Post"/"Posting" but are not it (Boost post, Tingkatkan postingan) log nothing',
    seen: SCRIPTS,
    html: createPost(
      'en',
      wrap(3, editor('aria-label="What’s on your mind, Dewi?"')) +
        button('Boost post', 'boost') +
        button('Tingkatkan postingan', 'boost-id') +
        button('Post settings', 'settings'),
    ),
    composer: true,
    steps: [{ type: TEXT }, { click: 'boost' }, { click: 'boost-id' }, { click: 'settings' }, { close: true }],
    logged: [],
  },
  {
    id: 'fb-edit-post-en',
    site: 'facebook',
    title: '"Edit post" dialog, editor labelled as a composer, "Save": the sidebar helps, nothing new is logged',
    seen: `"Edit post"/"Save": ${UNVERIFIED}`,
    html: `<div role="dialog" aria-label="Edit post" data-v="dialog"><h2>Edit post</h2>${wrap(
      3,
      editor('aria-label="What’s on your mind, Dewi?"'),
    )}${button('Save', 'save', { label: true })}</div>`,
    composer: true,
    steps: [{ type: TEXT }, { click: 'save' }, { close: true }],
    logged: [],
  },
  {
    id: 'fb-edit-post-id',
    site: 'facebook',
    title: '"Edit postingan" dialog, editor named by its placeholder only, "Simpan": nothing is logged',
    seen: `"Edit postingan"/"Simpan": ${UNVERIFIED}`,
    html: `<div role="dialog" aria-labelledby="edit-title" data-v="dialog"><h2 id="edit-title">Edit postingan</h2>${wrap(
      3,
      editorWithPlaceholder('Apa yang Anda pikirkan, Dewi?'),
    )}${button('Simpan', 'save')}</div>`,
    composer: true,
    steps: [{ type: TEXT }, { click: 'save' }, { close: true }],
    logged: [],
  },
  {
    id: 'fb-comment-in-article',
    site: 'facebook',
    title: 'Comment box inside a feed story (role=article): not a composer',
    seen: SCRIPTS,
    inline: true,
    html: `<div role="article"><div dir="auto">Pengumuman DPS</div>${wrap(
      3,
      editorWithPlaceholder('Write a comment…', 'aria-label="Write a comment…"'),
    )}${button('Comment', 'post', { label: true })}</div>`,
    composer: false,
    steps: [{ type: TEXT }, { click: 'post' }, { clear: true }],
    logged: [],
  },
  {
    id: 'fb-comment-post-dialog-id',
    site: 'facebook',
    title: 'Comment box at the foot of a post opened in a dialog (outside the article), placeholder only, "Kirim"',
    seen: `"Tulis komentar…": ${SCRIPTS}; outside the article and "Kirim" as its submit: ${UNVERIFIED}`,
    html: `<div role="dialog" aria-label="Postingan Dewi Lestari" data-v="dialog"><div role="article">Pengumuman DPS</div>${wrap(
      3,
      editorWithPlaceholder('Tulis komentar publik…'),
    )}${button('Kirim', 'post', { label: true })}</div>`,
    composer: false,
    steps: [{ type: TEXT }, { click: 'post' }, { clear: true }, { close: true }],
    logged: [],
  },
  {
    id: 'fb-comment-as',
    site: 'facebook',
    title: 'Comment box labelled "Comment as Dewi Lestari" in the photo viewer (unnamed dialog), Post beside it',
    seen: `"Comment as": ${SCRIPTS}`,
    html: `<div role="dialog" data-v="dialog">${wrap(3, editor('aria-label="Comment as Dewi Lestari"'))}${button('Post', 'post')}</div>`,
    composer: false,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: [],
  },
  {
    id: 'fb-reply-in-comment',
    site: 'facebook',
    title: 'Reply box inside a comment (role=article) in a "Create post"-named dialog: not a composer',
    seen: SCRIPTS,
    html: `<div role="dialog" aria-label="Buat postingan" data-v="dialog"><div role="article">${wrap(
      2,
      editor('aria-label="Tulis balasan…"'),
    )}${button('Posting', 'post')}</div></div>`,
    composer: false,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: [],
  },
  {
    id: 'fb-messenger-en',
    site: 'facebook',
    title: 'Messenger chat window: textbox "Message" with placeholder "Aa", in a dialog: not a composer',
    seen: SCRIPTS,
    html: `<div role="dialog" aria-label="Dewi Lestari" data-v="dialog">${wrap(
      3,
      editorWithPlaceholder('Aa', 'aria-label="Message" aria-placeholder="Aa"'),
    )}${button('Press Enter to send', 'post', { label: true })}</div>`,
    composer: false,
    steps: [{ type: TEXT }, { key: 'Enter', on: 'editor' }, { clear: true }, { close: true }],
    logged: [],
  },
  {
    id: 'fb-messenger-id-inline',
    site: 'facebook',
    title: 'Messenger box in Indonesian ("Pesan") outside any dialog, next to a "Kirim" button: not a composer',
    seen: `"Pesan": ${UNVERIFIED}; "Kirim" is also the Page composer’s submit: ${SCRIPTS}`,
    inline: true,
    html: `<div class="x1n2onr6">${wrap(2, editorWithPlaceholder('Aa', 'aria-label="Pesan"'))}${button('Kirim', 'post', { label: true })}</div>`,
    composer: false,
    steps: [{ type: TEXT }, { click: 'post' }, { clear: true }],
    logged: [],
  },
  {
    id: 'fb-search',
    site: 'facebook',
    title: 'The search box (a combobox input) opens a results list: not a composer',
    seen: SCRIPTS,
    html: `<div role="banner"><input type="search" role="combobox" aria-label="Cari di Facebook" placeholder="Cari di Facebook" data-v="search" /><ul role="listbox"><li role="option">PPK Tahunan</li></ul></div>`,
    composer: false,
    steps: [{ click: 'search' }, { close: true }],
    logged: [],
  },
  {
    id: 'fb-feed-region',
    site: 'facebook',
    title: 'The feed’s "Create a post" region: a button that opens the dialog; clicking it and leaving logs nothing',
    seen: SCRIPTS,
    inline: true,
    html: `<div role="region" aria-label="Create a post">${avatar('Dewi Lestari')}${button('What’s on your mind, Dewi?', 'opener')}${button('Photo/video', 'photo')}</div>`,
    composer: false,
    steps: [{ click: 'opener' }, { click: 'photo' }],
    logged: [],
  },
];

// ---- Instagram --------------------------------------------------------------------------------------------

const IG = {
  en: {
    title: 'Create new post',
    caption: 'Write a caption...',
    next: 'Next',
    share: 'Share',
    crop: 'Crop',
    edit: 'Edit',
    back: 'Back',
    sharing: 'Sharing',
    sharedTitle: 'Post shared',
    sharedText: 'Your post has been shared.',
    picture: 'dewi.lestari’s profile picture',
  },
  id: {
    title: 'Buat postingan baru',
    caption: 'Tulis keterangan...',
    next: 'Berikutnya',
    share: 'Bagikan',
    crop: 'Pangkas',
    edit: 'Edit',
    back: 'Kembali',
    sharing: 'Membagikan',
    sharedTitle: 'Postingan dibagikan',
    sharedText: 'Postingan Anda telah dibagikan.',
    picture: 'Foto profil dewi.lestari',
  },
} as const;

/** The dialog's header: back, the step's title, the step's text-only action (Next, Share). */
const igHeader = (language: 'en' | 'id', title: string, action: string, part: string) =>
  `<div class="x1n2onr6"><div role="button" tabindex="0" data-v="back"><svg aria-label="${IG[language].back}" role="img"></svg></div><h1 dir="auto" id="ig-title"><div class="x1lliihq">${title}</div></h1><div class="x1i10hfl"><div role="button" tabindex="0" data-v="${part}">${action}</div></div></div>`;

const igCaptionBody = (language: 'en' | 'id', captionEditor: string) =>
  `<div class="x6s0dn4"><div style="background-image: url(blob:https://www.instagram.com/1)"></div></div>` +
  `<div class="x9f619"><img alt="${IG[language].picture}" src="data:," /><span>dewi.lestari</span>${wrap(3, captionEditor)}` +
  `<div role="button" tabindex="0" data-v="location">${language === 'en' ? 'Add location' : 'Tambahkan lokasi'}</div></div>`;

const igCaptionStep = (
  language: 'en' | 'id',
  captionEditor = editor(`aria-label="${IG[language].caption}"`),
  naming: 'label' | 'labelledby' | 'none' = 'label',
) => {
  const name =
    naming === 'label'
      ? ` aria-label="${IG[language].title}"`
      : naming === 'labelledby'
        ? ' aria-labelledby="ig-title"'
        : '';
  return `<div role="dialog"${name} data-v="dialog">${igHeader(language, IG[language].title, IG[language].share, 'share')}${igCaptionBody(language, captionEditor)}</div>`;
};

const igSharing = (language: 'en' | 'id') =>
  `<h1 id="ig-title">${IG[language].sharing}</h1><img alt="Spinner" src="data:," />`;
const igShared = (language: 'en' | 'id', { checkmark = true, title = true } = {}) =>
  `${title ? `<h1 id="ig-title">${IG[language].sharedTitle}</h1>` : ''}${checkmark ? '<img alt="Animated checkmark" src="data:," />' : ''}<span dir="auto">${IG[language].sharedText}</span>`;

const ACCOUNT = 'dewi.lestari';

export const INSTAGRAM_VARIANTS: Variant[] = [
  {
    id: 'ig-caption-en',
    site: 'instagram',
    title: 'Caption step: "Write a caption...", text-only Share; the dialog turns into "Post shared"',
    seen: SCRIPTS,
    html: igCaptionStep('en'),
    composer: true,
    steps: [
      { type: TEXT },
      { click: 'share' },
      { render: igSharing('en'), into: 'dialog' },
      { render: igShared('en'), into: 'dialog' },
      { close: true },
    ],
    logged: publishedOnce(ACCOUNT),
  },
  {
    id: 'ig-caption-id',
    site: 'instagram',
    title: 'Caption step in Indonesian: "Tulis keterangan...", "Bagikan", "Postingan Anda telah dibagikan."',
    seen: `${SCRIPTS} (EN); the Indonesian words: ${UNVERIFIED}`,
    html: igCaptionStep('id'),
    composer: true,
    steps: [
      { type: TEXT },
      { click: 'share' },
      { render: igSharing('id'), into: 'dialog' },
      { render: igShared('id', { checkmark: false }), into: 'dialog' },
      { close: true },
    ],
    logged: publishedOnce(ACCOUNT),
  },
  {
    id: 'ig-full-flow-crop-edit-caption',
    site: 'instagram',
    title: 'The whole create flow in one dialog: Crop → Next → Edit → Next → caption → Share → text-only confirmation',
    seen: SCRIPTS,
    html: `<div role="dialog" aria-labelledby="ig-title" data-v="dialog">${igHeader('en', 'Crop', 'Next', 'next')}<div style="background-image: url(blob:https://www.instagram.com/1)"></div></div>`,
    composer: true,
    steps: [
      { click: 'next' },
      {
        render: `${igHeader('en', 'Edit', 'Next', 'next')}<div role="tablist"><div role="tab">Filters</div><div role="tab">Adjustments</div></div>`,
        into: 'dialog',
      },
      { click: 'next' },
      {
        render:
          igHeader('en', 'Create new post', 'Share', 'share') +
          igCaptionBody('en', editor('aria-label="Write a caption..."')),
        into: 'dialog',
      },
      { type: TEXT },
      { click: 'share' },
      { render: igShared('en', { checkmark: false, title: false }), into: 'dialog' },
    ],
    logged: publishedOnce(ACCOUNT),
  },
  {
    id: 'ig-labelledby-placeholder-attribute',
    site: 'instagram',
    title: 'Dialog named by its h1 (aria-labelledby); caption with aria-placeholder only',
    seen: `${SCRIPTS}; ${LEXICAL}`,
    html: igCaptionStep('en', editor('aria-placeholder="Write a caption..."'), 'labelledby'),
    composer: true,
    steps: [{ type: TEXT }, { click: 'share' }, { render: igShared('en'), into: 'dialog' }],
    logged: publishedOnce(ACCOUNT),
  },
  {
    id: 'ig-placeholder-sibling-unnamed-dialog',
    site: 'instagram',
    title: 'Unnamed dialog with its h1 "Buat postingan baru"; caption with no aria names, only its placeholder element',
    seen: `${LEXICAL}; the unnamed dialog: ${UNVERIFIED}`,
    html: igCaptionStep('id', `<div class="x1n2onr6">${editor()}${placeholder('Tulis keterangan...')}</div>`, 'none'),
    composer: true,
    steps: [{ type: TEXT }, { click: 'share' }, { render: igShared('id'), into: 'dialog' }],
    logged: publishedOnce(ACCOUNT),
  },
  {
    id: 'ig-nested-dialogs-share-in-outer',
    site: 'instagram',
    title: 'Nested role=dialog: the outer, named, holds the header with Share; the inner holds the caption',
    seen: `nested dialog layers: ${SCRIPTS}; the header outside the inner one: ${UNVERIFIED}`,
    html: `<div role="dialog" aria-label="Create new post" data-v="dialog">${igHeader('en', 'Create new post', 'Share', 'share')}<div role="dialog">${igCaptionBody(
      'en',
      editor('aria-label="Write a caption..."'),
    )}</div></div>`,
    composer: true,
    steps: [{ type: TEXT }, { click: 'share' }, { render: igShared('en'), into: 'dialog' }],
    logged: publishedOnce(ACCOUNT),
  },
  {
    id: 'ig-nested-unnamed-layer',
    site: 'instagram',
    title: 'Nested role=dialog: an unnamed layer wraps the named caption dialog',
    seen: `nested dialog layers: ${SCRIPTS}`,
    html: `<div role="dialog" class="x1n2onr6">${igCaptionStep('en')}</div>`,
    composer: true,
    steps: [{ type: TEXT }, { click: 'share' }, { render: igShared('en'), into: 'dialog' }, { close: true }],
    logged: publishedOnce(ACCOUNT),
  },
  {
    id: 'ig-confirmation-own-dialog',
    site: 'instagram',
    title: 'After Bagikan the composer closes and "Postingan dibagikan" opens as a dialog of its own',
    seen: `${SCRIPTS} (EN); the Indonesian words: ${UNVERIFIED}`,
    html: igCaptionStep('id'),
    composer: true,
    steps: [
      { type: TEXT },
      { click: 'share' },
      { close: true },
      { open: `<div role="dialog" aria-label="Postingan dibagikan">${igShared('id')}</div>` },
    ],
    logged: publishedOnce(ACCOUNT),
  },
  {
    id: 'ig-confirmation-toast',
    site: 'instagram',
    title: 'After Share the dialog closes and the confirmation comes as a toast in a live region',
    seen: `"Your post has been shared.": ${SCRIPTS}; as a toast: ${UNVERIFIED}`,
    html: igCaptionStep('en'),
    composer: true,
    steps: [
      { type: TEXT },
      { click: 'share' },
      { close: true },
      { open: `<div role="alert" aria-live="assertive"><span>Your post has been shared.</span></div>` },
    ],
    logged: publishedOnce(ACCOUNT),
  },
  {
    id: 'ig-closed-unconfirmed',
    site: 'instagram',
    title: 'After Share every dialog closes with no confirmation: logged once, as unconfirmed',
    seen: SCRIPTS,
    html: igCaptionStep('en'),
    composer: true,
    steps: [{ type: TEXT }, { click: 'share' }, { close: true }],
    logged: publishedOnce(ACCOUNT, 'unconfirmed'),
  },
  {
    id: 'ig-discard',
    site: 'instagram',
    title: 'The admin closes the caption step and confirms "Discard post?": nothing is logged',
    seen: `"Discard post?": ${UNVERIFIED}`,
    html: igCaptionStep('en'),
    composer: true,
    steps: [
      { type: TEXT },
      { click: 'back' },
      {
        open: `<div role="dialog"><h3>Discard post?</h3><button data-v="discard">Discard</button><button>Cancel</button></div>`,
      },
      { click: 'discard' },
      { close: true },
    ],
    logged: [],
  },
  {
    id: 'ig-caption-switches',
    site: 'instagram',
    title: 'Caption step switches ("Share to Facebook", "Turn off commenting") are not publishing; Share is',
    seen: `${SCRIPTS} (advanced settings); the switch words: ${UNVERIFIED}`,
    html: igCaptionStep(
      'en',
      `${editor('aria-label="Write a caption..."')}<div role="switch" aria-checked="false" tabindex="0" data-v="facebook-switch">Share to Facebook</div><label><input type="checkbox" role="switch" data-v="comments-switch" /> Turn off commenting</label>`,
    ),
    composer: true,
    steps: [
      { type: TEXT },
      { click: 'facebook-switch' },
      { click: 'comments-switch' },
      { click: 'share' },
      { render: igShared('en'), into: 'dialog' },
    ],
    logged: publishedOnce(ACCOUNT),
  },
  {
    id: 'ig-forged-share',
    site: 'instagram',
    title: 'A page script’s click on Share logs nothing, even when the confirmation then shows',
    seen: 'issue 10',
    html: igCaptionStep('en'),
    composer: true,
    steps: [{ type: TEXT }, { click: 'share', forged: true }, { render: igShared('en'), into: 'dialog' }],
    logged: [],
  },
  {
    id: 'ig-caption-ellipsis-char',
    site: 'instagram',
    title: 'Caption label with the ellipsis character, "Tulis keterangan…", and Bagikan with an aria-label',
    seen: `${SCRIPTS} (EN); the Indonesian words: ${UNVERIFIED}`,
    html: `<div role="dialog" aria-label="Buat postingan baru" data-v="dialog"><h1>Buat postingan baru</h1>${button('Bagikan', 'share', { label: true })}${igCaptionBody(
      'id',
      editor('aria-label="Tulis keterangan…"'),
    )}</div>`,
    composer: true,
    steps: [{ type: TEXT }, { click: 'share' }, { render: igShared('id'), into: 'dialog' }],
    logged: publishedOnce(ACCOUNT),
  },
  {
    id: 'ig-edit-info',
    site: 'instagram',
    title: 'Editing a shared post’s caption ("Edit info", "Done"): the sidebar helps, nothing new is logged',
    seen: `"Edit info"/"Done": ${UNVERIFIED}`,
    html: `<div role="dialog" aria-label="Edit info" data-v="dialog">${igHeader('en', 'Edit info', 'Done', 'done')}${igCaptionBody(
      'en',
      editor('aria-label="Write a caption..."'),
    )}</div>`,
    composer: true,
    steps: [{ type: TEXT }, { click: 'done' }, { close: true }],
    logged: [],
  },
  {
    id: 'ig-dm',
    site: 'instagram',
    title: 'Direct message composer (/direct/): textbox "Message" with placeholder "Message...", Send: not a composer',
    seen: SCRIPTS,
    inline: true,
    html: `<div class="x1n2onr6">${wrap(3, editorWithPlaceholder('Message...', 'aria-label="Message" aria-placeholder="Message..."'))}<div role="button" tabindex="0" data-v="post">Send</div></div>`,
    composer: false,
    steps: [{ type: TEXT }, { click: 'post' }, { clear: true }],
    logged: [],
  },
  {
    id: 'ig-dm-id-in-dialog',
    site: 'instagram',
    title: 'Direct message box in Indonesian in a "Pesan baru" dialog, "Kirim": not a composer',
    seen: `"Pesan": ${UNVERIFIED}`,
    html: `<div role="dialog" aria-label="Pesan baru" data-v="dialog">${wrap(2, editorWithPlaceholder('Pesan...', 'aria-label="Pesan"'))}<div role="button" tabindex="0" data-v="post">Kirim</div></div>`,
    composer: false,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: [],
  },
  {
    id: 'ig-comment-post-dialog',
    site: 'instagram',
    title: 'Comment box in a post opened as a dialog: "Add a comment…" and a text-only "Post": not a composer',
    seen: SCRIPTS,
    html: `<div role="dialog" data-v="dialog"><div role="article"><img alt="${IG.en.picture}" src="data:," /><span>Pengumuman DPS</span></div><section>${wrap(
      2,
      editorWithPlaceholder('Add a comment…', 'aria-label="Add a comment…"'),
    )}<div role="button" tabindex="0" data-v="post">Post</div></section></div>`,
    composer: false,
    steps: [{ type: TEXT }, { click: 'post' }, { clear: true }, { close: true }],
    logged: [],
  },
  {
    id: 'ig-comment-id',
    site: 'instagram',
    title: 'Comment box in Indonesian, "Tambahkan komentar...", "Kirim", on a post page (no dialog): not a composer',
    seen: `"Tambahkan komentar": ${UNVERIFIED}`,
    inline: true,
    html: `<section>${wrap(2, editor('aria-label="Tambahkan komentar..."'))}<div role="button" tabindex="0" data-v="post">Kirim</div></section>`,
    composer: false,
    steps: [{ type: TEXT }, { click: 'post' }, { clear: true }],
    logged: [],
  },
  {
    id: 'ig-share-to-dialog',
    site: 'instagram',
    title: 'The "Share" dialog (sending a post to people): "Write a message...", Send: not a composer',
    seen: `${SCRIPTS}; the words: ${UNVERIFIED}`,
    html: `<div role="dialog" aria-label="Share" data-v="dialog"><h1>Share</h1>${wrap(2, editor('aria-label="Write a message..."'))}<div role="button" tabindex="0" data-v="post">Send</div></div>`,
    composer: false,
    steps: [{ type: TEXT }, { click: 'post' }, { close: true }],
    logged: [],
  },
];

export const VARIANTS: Variant[] = [...FACEBOOK_VARIANTS, ...INSTAGRAM_VARIANTS];
