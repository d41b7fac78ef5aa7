import { describe, expect, test } from 'vitest';
import { MESSAGES, translator } from '@/lib/i18n';

describe('translator', () => {
  test('fills named values and leaves unknown ones visible', () => {
    const t = translator('id');
    expect(t('options.version', { version: '1.2.3' })).toBe('Versi 1.2.3');
    expect(t('options.version')).toBe('Versi {version}');
  });

  test('both languages have the same keys and no empty message', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.id).sort());
    for (const table of Object.values(MESSAGES)) {
      for (const message of Object.values(table)) expect(message.trim()).not.toBe('');
    }
  });
});
