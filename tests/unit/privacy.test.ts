/**
 * The privacy statement, one source for the extension's Privacy page and the stores' privacy.html: the same
 * in both languages, and every kind of network request stated with when it happens and what goes with it.
 */
import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '@/lib/messages/i18n';
import { NETWORK_REQUESTS, privacyStatement, type NetworkRequest, type PrivacyBlock } from '@/lib/privacy';
import { bilingual } from '@/lib/text';

const IMAGES: NetworkRequest = {
  name: bilingual('Gambar dalam paket', 'Images in a pack'),
  purpose: bilingual('mengambil gambar paket', 'fetching a pack’s images'),
  what: bilingual('Pandu mengambil gambar.', 'Pandu fetches images.'),
  when: [bilingual('Saat paket dipasang.', 'When a pack is installed.')],
  sends: bilingual('GET tanpa cookie.', 'A GET without cookies.'),
  permission: bilingual('Izin situs itu.', 'That site’s permission.'),
};

/** The statement's shape with the words taken out, to compare the two languages. */
function shape(blocks: PrivacyBlock[]): string[] {
  return blocks.map((block) =>
    block.kind === 'items' || block.kind === 'list' ? `${block.kind}:${block.items.length}` : block.kind,
  );
}

describe('privacy statement', () => {
  test('says the same things in Indonesian and English, with the version it applies to', () => {
    const [id, en] = LANGUAGES.map((language) => privacyStatement(language, '9.8.7'));
    expect(id!.sections.map((section) => [section.id, shape(section.blocks)])).toEqual(
      en!.sections.map((section) => [section.id, shape(section.blocks)]),
    );
    for (const statement of [id!, en!]) {
      expect(statement.lead).toContain('9.8.7');
      const text = JSON.stringify(statement);
      expect(text).not.toMatch(/\{\w+\}|undefined/);
    }
  });

  test.each([
    ['Pandu’s requests', NETWORK_REQUESTS],
    ['one more kind of request', [...NETWORK_REQUESTS, IMAGES]],
  ])('states each network request with when it happens and what goes with it (%s)', (_name, requests) => {
    for (const language of LANGUAGES) {
      const section = privacyStatement(language, '1.0.0', requests).sections.find((entry) => entry.id === 'requests')!;
      const subheadings = section.blocks.filter((block) => block.kind === 'subheading');
      expect(subheadings.map((block) => block.text)).toEqual(requests.map((request) => request.name[language]));
      const text = JSON.stringify(section.blocks);
      for (const request of requests) {
        for (const part of [request.what, request.sends, request.permission, ...request.when])
          expect(text).toContain(JSON.stringify(part[language]).slice(1, -1));
      }
    }
  });

  test('names the settings the admin sees, in the page’s language', () => {
    const text = (language: 'id' | 'en') => JSON.stringify(privacyStatement(language, '1.0.0'));
    expect(text('id')).toContain('\\"Ambil paket dari alamat\\"');
    expect(text('en')).not.toContain('Ambil paket dari alamat');
  });
});
