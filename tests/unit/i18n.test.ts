import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MESSAGES, translator, type MessageKey } from '@/lib/i18n';

const ROOT = join(import.meta.dirname, '../..');

/** The product's source, without the message tables themselves (their keys are definitions, not uses). */
function sources(directory: string): string[] {
  return readdirSync(join(ROOT, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => path !== join(ROOT, 'lib/i18n.ts'))
    .map((path) => readFileSync(path, 'utf8'));
}

describe('translator', () => {
  test('fills named values and leaves unknown ones visible', () => {
    const t = translator('id');
    expect(t('options.version', { version: '1.2.3' })).toBe('Versi 1.2.3');
    expect(t('options.version')).toBe('Versi {version}');
  });

  test('every key is in both languages, never empty, with the same placeholders', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.id).sort());
    const names = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(MESSAGES.id) as MessageKey[]) {
      expect(MESSAGES.id[key].trim(), key).not.toBe('');
      expect(MESSAGES.en[key].trim(), key).not.toBe('');
      expect(names(MESSAGES.en[key]), key).toEqual(names(MESSAGES.id[key]));
    }
  });

  test('every key is used somewhere, and every key used exists', () => {
    const code = [...sources('components'), ...sources('entrypoints'), ...sources('lib')].join('\n');
    // Keys built at run time: t(`platform.${platform}`), t(`severity.${finding.severity}`).
    const dynamicPrefixes = [...code.matchAll(/t\(`([A-Za-z.]+\.)\$\{/g)].map((match) => match[1] as string);
    const literal = new Set([...code.matchAll(/'([A-Za-z]+\.[A-Za-z]+)'/g)].map((match) => match[1]));
    const keys = Object.keys(MESSAGES.id);
    const unused = keys.filter((key) => !literal.has(key) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
    const calls = [...code.matchAll(/\bt\('([^']+)'/g)].map((match) => match[1] as string);
    expect(calls.filter((key) => !keys.includes(key))).toEqual([]);
  });
});
