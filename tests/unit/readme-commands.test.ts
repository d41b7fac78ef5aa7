/**
 * Every command README names has someone who runs it exactly as written (scripts/readme-commands.ts, run by
 * scripts/check-readme-commands.ts in `npm test`): README and that table never drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { commandsInReadme, README_COMMANDS } from '../../scripts/readme-commands';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

test('every command README names is in the table of who runs it', () => {
  expect(commandsInReadme(README).filter((command) => !(command in README_COMMANDS))).toEqual([]);
});

test('the table names no command README has dropped', () => {
  const named = new Set(commandsInReadme(README));
  expect(Object.keys(README_COMMANDS).filter((command) => !named.has(command))).toEqual([]);
});

test('commands are found in code spans and sh blocks, as typed, and nothing else is', () => {
  const markdown = [
    'Run `npm start`, then `BENCH_QUICK=1 npm run bench` and `node --import tsx scripts/x.ts`.',
    'Not commands: `node_modules`, `sudo`, `npm`, `package.json`, `NPM_TOKEN`.',
    '',
    '```sh',
    'npm test    # every test',
    'git tag v<version>',
    '```',
    '',
    '```json',
    '{ "npm run fake": 1 }',
    '```',
  ].join('\n');
  expect(commandsInReadme(markdown).sort()).toEqual(
    [
      'BENCH_QUICK=1 npm run bench',
      'git tag v<version>',
      'node --import tsx scripts/x.ts',
      'npm start',
      'npm test',
    ].sort(),
  );
});
