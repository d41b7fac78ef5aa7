/**
 * The privacy statement, one source for the extension's Privacy page and the stores' privacy.html: the same
 * in both languages, and every kind of network request stated with when it happens and what goes with it.
 */
import { describe, expect, test } from 'vitest';
import { LANGUAGES, translator } from '@/lib/messages/i18n';
import { NETWORK_REQUESTS, privacyStatement, type NetworkRequest, type PrivacyBlock } from '@/lib/privacy';
import { message } from '@/lib/messages/reference';

/** One more kind of request, worded with messages the statement holds elsewhere. */
const IMAGES: NetworkRequest = {
  name: message('privacy.stored.kpuData'),
  purpose: message('privacy.stored.kpuDataText'),
  what: message('privacy.stored.addressText'),
  when: [message('privacy.stored.settingsText')],
  sends: message('privacy.permission.httpsText'),
  permission: message('privacy.permission.sitesText'),
};

/** The statement's shape with the words taken out, to compare the two languages. */
function shape(blocks: PrivacyBlock[]): string[] {
  return blocks.map((block) =>
    block.kind === 'items' || block.kind === 'list' ? `${block.kind}:${block.items.length}` : block.kind,
  );
}

describe('privacy statement', () => {
  test('says the same things in Indonesian and English, with the version it applies to', () => {
    const [id, en] = LANGUAGES.map((language) => privacyStatement(translator(language), '9.8.7'));
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
      const section = privacyStatement(translator(language), '1.0.0', requests).sections.find(
        (entry) => entry.id === 'requests',
      )!;
      const subheadings = section.blocks.filter((block) => block.kind === 'subheading');
      expect(subheadings.map((block) => block.text)).toEqual(
        requests.map((request) => translator(language)(request.name)),
      );
      const text = JSON.stringify(section.blocks);
      for (const request of requests) {
        for (const part of [request.what, request.sends, request.permission, ...request.when])
          expect(text).toContain(JSON.stringify(translator(language)(part)).slice(1, -1));
      }
    }
  });

  test('names the settings the admin sees, in the page’s language', () => {
    const text = (language: 'id' | 'en') => JSON.stringify(privacyStatement(translator(language), '1.0.0'));
    expect(text('id')).toContain('\\"Ambil paket dari alamat\\"');
    expect(text('en')).not.toContain('Ambil paket dari alamat');
  });
});
