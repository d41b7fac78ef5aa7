/**
 * `npm run store` makes release files only from a clean checkout of a version not yet tagged, whose
 * CHANGELOG.md says what changed in both languages; otherwise it refuses, saying why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { changelogNotes, packageVersion, releaseProblems } from '../../scripts/store/release';

const ROOT = join(import.meta.dirname, '../..');

const CHANGELOG = `# Catatan perubahan / Changelog

## 0.2.0 — 2026-12-01

### Bahasa Indonesia

- Halaman privasi.

### English

- A privacy page.

## 0.1.0-beta.1 — 2026-10-01

### Bahasa Indonesia

- Beta.

### English

- Beta.

## 0.1.0

### English

- English only.
`;

let repo: string;

function git(...args: string[]): void {
  execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
}

function write(file: string, text: string): void {
  writeFileSync(join(repo, file), text);
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'pandu-release-'));
  git('init', '-q');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  write('package.json', JSON.stringify({ name: 'pandu', version: '0.2.0' }));
  write('CHANGELOG.md', CHANGELOG);
  git('add', '.');
  git('commit', '-q', '-m', 'Release 0.2.0');
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe('releaseProblems', () => {
  test('a clean checkout of an untagged version with notes in both languages can be released', () => {
    expect(releaseProblems(repo)).toEqual([]);
  });

  test.each([
    ['a changed tracked file', () => write('package.json', JSON.stringify({ name: 'pandu', version: '0.2.0', x: 1 }))],
    ['a new file', () => write('notes.txt', 'draft')],
    ['a staged file', () => (write('staged.txt', 'x'), git('add', 'staged.txt'))],
  ])('%s makes the tree dirty, named in the refusal', (_name, change) => {
    change();
    const problems = releaseProblems(repo);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/not committed/);
    expect(problems[0]).toMatch(/package\.json|notes\.txt|staged\.txt/);
  });

  test.each(['v0.2.0', '0.2.0'])('a version already tagged %s is refused', (tag) => {
    git('tag', tag);
    expect(releaseProblems(repo)).toEqual([expect.stringContaining(`Version 0.2.0 is already tagged (${tag})`)]);
  });

  test('another version’s tag does not stop this one', () => {
    git('tag', 'v0.1.0');
    git('tag', 'v0.2.0-beta.1');
    expect(releaseProblems(repo)).toEqual([]);
  });

  test('a version without notes in one language is refused, naming the language', () => {
    write('package.json', JSON.stringify({ name: 'pandu', version: '0.1.0' }));
    git('commit', '-q', '-am', 'Back to 0.1.0');
    expect(releaseProblems(repo)).toEqual([expect.stringContaining('"### Bahasa Indonesia" notes under "## 0.1.0"')]);
  });

  test('a version missing from CHANGELOG.md is refused in both languages', () => {
    write('package.json', JSON.stringify({ name: 'pandu', version: '0.3.0' }));
    git('commit', '-q', '-am', '0.3.0');
    expect(releaseProblems(repo)).toHaveLength(2);
  });

  test('a folder that is not a git checkout is refused', () => {
    const plain = mkdtempSync(join(tmpdir(), 'pandu-plain-'));
    writeFileSync(join(plain, 'package.json'), JSON.stringify({ version: '0.2.0' }));
    try {
      expect(releaseProblems(plain)).toEqual([expect.stringContaining('is not a git checkout')]);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  test('npm run store’s first step exits with the reasons, and makes nothing', () => {
    write('wip.txt', 'work in progress');
    git('tag', 'v0.2.0');
    const run = spawnSync('node', ['--import', 'tsx', 'scripts/store/check-release.ts', repo], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run store: no release files made.');
    expect(run.stderr).toContain('wip.txt');
    expect(run.stderr).toContain('Version 0.2.0 is already tagged (v0.2.0)');
  });
});

describe('changelogNotes', () => {
  test('finds each language’s notes of a version, whatever follows the version in its heading', () => {
    expect(changelogNotes(CHANGELOG, '0.2.0', 'id')).toBe('- Halaman privasi.');
    expect(changelogNotes(CHANGELOG, '0.2.0', 'en')).toBe('- A privacy page.');
    expect(changelogNotes(CHANGELOG, '0.1.0-beta.1', 'en')).toBe('- Beta.');
    expect(changelogNotes(CHANGELOG, '0.1.0', 'en')).toBe('- English only.');
  });

  test('never takes one version for another that starts the same', () => {
    expect(changelogNotes(CHANGELOG, '0.1.0', 'id')).toBeNull();
    expect(changelogNotes(CHANGELOG, '0.2', 'en')).toBeNull();
    expect(changelogNotes(CHANGELOG, '0.1.0-beta', 'en')).toBeNull();
  });

  test('Pandu’s own CHANGELOG.md has notes for package.json’s version in both languages', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    const version = packageVersion(ROOT);
    expect(changelogNotes(changelog, version, 'id')).toMatch(/^- /);
    expect(changelogNotes(changelog, version, 'en')).toMatch(/^- /);
  });
});
