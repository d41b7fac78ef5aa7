// @vitest-environment jsdom
/**
 * The sites' words as data: each label matches its own example, the matching ignores what varies (case,
 * curly quotes, "…" versus "...") but not what does not ("Posting" is not "Postingan"), and every label the
 * adapters use appears on some fixture page, so no label is kept that nothing exercises.
 */
import { describe, expect, test } from 'vitest';
import {
  FACEBOOK_LABELS,
  INSTAGRAM_LABELS,
  labelMatches,
  matchesLabel,
  normaliseLabel,
  remainderOf,
  type SiteLabel,
} from '@/lib/platforms/labels';
import { FIXTURE_FLOWS, fixtureHtml, type FixturePlace } from '../e2e/fixtures/pages';

const all = (table: Record<string, SiteLabel[]>) =>
  Object.entries(table).flatMap(([role, labels]) => labels.map((label) => ({ role, label })));

describe('labels as data', () => {
  test.each([...all(FACEBOOK_LABELS), ...all(INSTAGRAM_LABELS)].map(({ role, label }) => [role, label.text, label]))(
    '%s "%s" matches its example and says where it was seen',
    (_role, _text, label) => {
      expect(labelMatches(label, label.example)).toBe(true);
      expect(label.seen.length).toBeGreaterThan(5);
    },
  );

  test('normalising: case, curly quotes, ellipsis, spacing, invisible marks', () => {
    expect(normaliseLabel('  What’s   on your mind…\u200b')).toBe("what's on your mind...");
    expect(normaliseLabel('ＰＯＳＴ')).toBe('post');
  });

  test('exact, prefix and suffix matching keep word boundaries', () => {
    const post = FACEBOOK_LABELS.post;
    expect(matchesLabel('Posting', post)).toBe(true);
    expect(matchesLabel(' post ', post)).toBe(true);
    expect(matchesLabel('Postingan', post)).toBe(false);
    expect(matchesLabel('Posting sebagai anonim', post)).toBe(false);
    const composer = FACEBOOK_LABELS.composer;
    expect(matchesLabel('Tulis sesuatu…', composer)).toBe(true);
    expect(matchesLabel('Tulis sesuatu...', composer)).toBe(true);
    expect(matchesLabel('Tulis sesuatunya', composer)).toBe(false);
    expect(matchesLabel("What's on your mind, PPK Tahunan?", composer)).toBe(true);
    expect(remainderOf('Apa yang Anda pikirkan, PPK Tahunan?', composer)).toBe('PPK Tahunan');
    expect(remainderOf('dewi.lestari’s profile picture', INSTAGRAM_LABELS.profilePicture)).toBe('dewi.lestari');
    expect(remainderOf("dewi.lestari's profile picture", INSTAGRAM_LABELS.profilePicture)).toBe('dewi.lestari');
    expect(remainderOf('Foto profil dewi.lestari', INSTAGRAM_LABELS.profilePicture)).toBe('dewi.lestari');
  });
});

/** Every name a fixture page shows: labels, placeholders, alt texts, and the text of each element. */
function namesIn(html: string): Set<string> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const names = new Set<string>();
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of [
        'aria-label',
        'aria-placeholder',
        'alt',
        'placeholder',
        'data-share-label',
        'data-shared-title',
      ]) {
        const value = element.getAttribute(attribute);
        if (value) names.add(value);
      }
      const own = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (own) names.add(own);
      if (element instanceof HTMLTemplateElement) visit(element.content);
    }
  };
  visit(doc);
  return names;
}

describe('every label the adapters use is on some fixture page', () => {
  const places: FixturePlace[] = ['profile', 'page', 'group'];
  const facebookNames = new Set<string>();
  const instagramNames = new Set<string>();
  for (const language of ['en', 'id'] as const) {
    for (const place of places)
      for (const flow of FIXTURE_FLOWS) {
        for (const name of namesIn(fixtureHtml('facebook-feed', language, { place, flow }))) facebookNames.add(name);
      }
    for (const name of namesIn(fixtureHtml('facebook-permalink', language))) facebookNames.add(name);
    for (const name of namesIn(fixtureHtml('instagram-create', language))) instagramNames.add(name);
  }

  test.each(all(FACEBOOK_LABELS).map(({ role, label }) => [role, label.text, label]))(
    'Facebook %s "%s"',
    (_role, _text, label) => {
      expect([...facebookNames].filter((name) => labelMatches(label, name))).not.toEqual([]);
    },
  );

  test.each(all(INSTAGRAM_LABELS).map(({ role, label }) => [role, label.text, label]))(
    'Instagram %s "%s"',
    (_role, _text, label) => {
      expect([...instagramNames].filter((name) => labelMatches(label, name))).not.toEqual([]);
    },
  );
});
