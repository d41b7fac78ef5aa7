import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { CATALOGUES, MESSAGES, translator, type MessageKey } from '@/lib/messages/i18n';
import { messageText, plural, translator as catalogueTranslator, type Message } from '@/lib/messages/format';
import { SIDEBAR_MESSAGES } from '@/lib/messages/sidebar';

const ROOT = join(import.meta.dirname, '../..');

/** The product's source, without the message catalogues themselves (their keys are definitions, not uses). */
function sources(directory: string): string[] {
  return readdirSync(join(ROOT, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.startsWith(join(ROOT, 'lib/messages/')))
    .map((path) => readFileSync(path, 'utf8'));
}

/** Every wording of a message: the one string, or each plural form. */
const forms = (message: Message): string[] =>
  typeof message === 'string'
    ? [message]
    : Object.entries(message)
        .filter(([name]) => name !== 'counts')
        .map(([, text]) => text as string);

describe('translator', () => {
  test('fills named values and leaves unknown ones visible', () => {
    const t = translator('id');
    expect(t('options.version', { version: '1.2.3' })).toBe('Versi 1.2.3');
    expect(t('options.version')).toBe('Versi {version}');
  });

  test('a plural message takes the form Intl.PluralRules names for the count, in each language', () => {
    const en = translator('en');
    const id = translator('id');
    expect([0, 1, 2, 21].map((count) => en('log.restored', { count }))).toEqual([
      'Backup restored: 0 posts written.',
      'Backup restored: 1 post written.',
      'Backup restored: 2 posts written.',
      'Backup restored: 21 posts written.',
    ]);
    expect(en('stage.daysLeft', { days: 1 })).toBe('1 day left');
    expect(en('stage.daysLeft', { days: 3 })).toBe('3 days left');
    expect(en('log.notCompliant', { errors: 1 })).toBe('Does not meet them (1 error)');
    expect(id('stage.daysLeft', { days: 1 })).toBe('1 hari lagi');
    // A count that is no number (a formatted "2.200") falls back to the general form.
    expect(messageText(plural('n', { one: 'one', other: 'other' }), 'en', { n: 'x' })).toBe('other');
  });

  test('no English message says "1 posts": every count placed before a plural noun has a singular form', () => {
    // Each count in turn is 1, every other value 2: a message that counts two things counts each in its own
    // plural message (a reference as a value), never two numbers in one sentence.
    const en = translator('en');
    const nouns =
      'days|posts|errors|warnings|templates|stages|rules|hashtags|characters|mentions|items|files|images|levels|seconds|likes|comments|shares|reports|bodies|weeks';
    const counted = new RegExp(`\\{(\\w+)\\} (${nouns})\\b`, 'g');
    for (const [key, message] of Object.entries(MESSAGES.en) as [MessageKey, Message][]) {
      const counts = new Set(forms(message).flatMap((text) => [...text.matchAll(counted)].map((match) => match[1]!)));
      for (const count of counts) {
        const names = forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));
        const values = Object.fromEntries(names.map((name) => [name, name === count ? 1 : 2]));
        expect(en(key, values), `${key} ({${count}} = 1)`).not.toMatch(new RegExp(`\\b1 (${nouns})\\b`));
      }
    }
  });

  test('a key outside the catalogue shows as itself, never as a blank', () => {
    const sidebar = catalogueTranslator(SIDEBAR_MESSAGES, 'id') as (key: string) => string;
    expect(sidebar('log.title')).toBe('log.title');
  });
});

describe('catalogues', () => {
  test('each catalogue has every key in both languages, never empty, with the same placeholders', () => {
    const names = (message: Message) =>
      [...new Set(forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1])))].sort();
    for (const [name, messages] of Object.entries(CATALOGUES)) {
      const ids = messages.id as Record<string, Message>;
      const ens = messages.en as Record<string, Message>;
      expect(Object.keys(ens).sort(), name).toEqual(Object.keys(ids).sort());
      for (const key of Object.keys(ids)) {
        for (const text of [...forms(ids[key]!), ...forms(ens[key]!)]) expect(text.trim(), key).not.toBe('');
        // A plural form may leave its count out ("Delete this post"), never add a value the other lacks.
        const english = names(ens[key]!);
        expect(
          english.every((value) => names(ids[key]!).includes(value)),
          key,
        ).toBe(true);
      }
    }
  });

  test('no key is in two catalogues', () => {
    const keys = Object.values(CATALOGUES).flatMap((messages) => Object.keys(messages.id));
    expect(keys.length).toBe(new Set(keys).size);
  });

  test('every key is used somewhere, and every key used exists', () => {
    const code = [...sources('components'), ...sources('entrypoints'), ...sources('lib')].join('\n');
    // Keys built at run time: t(`platform.${platform}`), message(`rule.${rule}`).
    const dynamicPrefixes = [...code.matchAll(/(?:\bt|\bmessage)\(`([A-Za-z.]+\.)\$\{/g)].map(
      (match) => match[1] as string,
    );
    const literal = new Set([...code.matchAll(/'([A-Za-z]+\.[\w.-]+)'/g)].map((match) => match[1]));
    const keys = Object.keys(MESSAGES.id);
    const unused = keys.filter((key) => !literal.has(key) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
    const calls = [...code.matchAll(/\b(?:t|message)\('([^']+)'/g)].map((match) => match[1] as string);
    expect(calls.filter((key) => !keys.includes(key))).toEqual([]);
  });

  test('the content script carries the sidebar catalogue and no other', async () => {
    const inputs = await contentScriptInputs();
    expect(inputs).toContain('lib/messages/sidebar.ts');
    expect(
      inputs.filter((file) =>
        /^lib\/messages\/(i18n|pages|authoring|reports|problems|findings|exports|privacy)\.ts$/.test(file),
      ),
    ).toEqual([]);
  });

  test('the checker, zod, Dexie, date-fns and the storage library stay out of the content script', async () => {
    // Every site page loads the content script: the background checks posts and owns data (issue 14).
    const inputs = await contentScriptInputs();
    const heavy = inputs.filter((file) =>
      /^(lib\/guidelines\/(check|registry|families\/)|node_modules\/(zod|dexie|date-fns|@date-fns|@wxt-dev\/storage)\/)/.test(
        file,
      ),
    );
    expect(heavy).toEqual([]);
  });
});

/** The source files that put code into the content script, after tree shaking. */
async function contentScriptInputs(): Promise<string[]> {
  const result = await build({
    entryPoints: [join(ROOT, 'entrypoints/content/index.ts')],
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    outfile: join(ROOT, '.output/content-check.js'),
    alias: { '@': ROOT },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((entry) => entry.entryPoint);
  return Object.entries(output?.inputs ?? {})
    .filter(([, contribution]) => contribution.bytesInOutput > 0)
    .map(([file]) => file);
}
