/**
 * The store listing is built from data: every permission the manifest asks for must have its justification,
 * and the optional https permission names every network request Pandu makes.
 */
import { describe, expect, test } from 'vitest';
import { LANGUAGES, translator } from '@/lib/messages/i18n';
import { NETWORK_REQUESTS } from '@/lib/privacy';
import { accessOf, buildListing, firefoxMinimum, JUSTIFICATIONS, type ListingInput } from '../../scripts/store/listing';

const CHROME_MANIFEST = {
  permissions: ['storage'],
  optional_host_permissions: ['https://*/*'],
  content_scripts: [{ matches: ['*://*.facebook.com/*', '*://www.instagram.com/*'] }],
};

function input(chromeManifest: ListingInput['chromeManifest']): ListingInput {
  return {
    language: 'en',
    version: '1.2.3',
    name: 'Pandu',
    summary: 'Short.',
    chromeManifest,
    firefoxManifest: { browser_specific_settings: { gecko: { strict_min_version: '142.0' } } },
    versionNotes: '- Notes.',
    files: { chrome: 'c.zip', firefox: 'f.zip', sources: 's.zip' },
    screenshots: [],
    promo: 'promo.png',
  };
}

describe('store listing', () => {
  test('finds every permission and host the manifest asks for, optional ones marked, each once', () => {
    expect(
      accessOf({
        ...CHROME_MANIFEST,
        host_permissions: ['*://www.instagram.com/*'],
        optional_permissions: ['downloads'],
        content_scripts: [...CHROME_MANIFEST.content_scripts, { matches: ['*://*.facebook.com/*'] }],
      }),
    ).toEqual([
      { entry: 'storage', optional: false },
      { entry: '*://www.instagram.com/*', optional: false },
      { entry: '*://*.facebook.com/*', optional: false },
      { entry: 'downloads', optional: true },
      { entry: 'https://*/*', optional: true },
    ]);
  });

  test('justifies each permission in its own field and the hosts together, in the dashboard’s words', () => {
    for (const language of LANGUAGES) {
      const listing = buildListing({ ...input(CHROME_MANIFEST), language });
      expect(listing.justifications.map((field) => field.field)).toEqual([
        'storage justification',
        'Host permission justification',
      ]);
      expect(listing.justifications[1]!.entries.map((entry) => [entry.entry, entry.optional])).toEqual([
        ['*://*.facebook.com/*', false],
        ['*://www.instagram.com/*', false],
        ['https://*/*', true],
      ]);
    }
  });

  test.each(['tabs', 'alarms', '<all_urls>', 'https://example.org/*'])(
    'refuses a manifest asking for %s until it has a justification',
    (permission) => {
      const manifest =
        permission.includes(':') || permission.startsWith('<')
          ? { ...CHROME_MANIFEST, host_permissions: [permission] }
          : { ...CHROME_MANIFEST, permissions: ['storage', permission] };
      expect(Object.hasOwn(JUSTIFICATIONS, permission)).toBe(false);
      expect(() => buildListing(input(manifest))).toThrow(`No justification for ${permission}`);
    },
  );

  test('the optional https justification lists what each network request is for', () => {
    const https = JUSTIFICATIONS['https://*/*']!;
    for (const request of NETWORK_REQUESTS) {
      expect(https.id).toContain(translator('id')(request.purpose));
      expect(https.en).toContain(translator('en')(request.purpose));
    }
  });

  test.each([
    ['142.0', '142'],
    ['153.0.0', '153'],
    ['128.1', '128.1'],
  ])('states the Firefox minimum %s as people say it: %s', (strict, said) => {
    expect(firefoxMinimum({ browser_specific_settings: { gecko: { strict_min_version: strict } } })).toBe(said);
  });
});
