/**
 * What must hold before `npm run store` makes release files: a clean git tree (so the zips are exactly a
 * commit), a version not yet tagged (so one version is never two different uploads), and a CHANGELOG.md
 * section for the version in both languages (the stores' "what's new" comes from it).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../lib/messages/i18n';

export const CHANGELOG_HEADINGS: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English' };

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function packageVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The notes for `version` in one language: the `### Bahasa Indonesia` or `### English` part of the
 * `## <version>` section (its heading may carry a date after the version). Null when there is none.
 */
export function changelogNotes(changelog: string, version: string, language: Language): string | null {
  const sections = changelog.split(/^## /m).slice(1);
  const section = sections.find((text) => /^\S+/.exec(text)?.[0] === version);
  if (!section) return null;
  const parts = section.split(/^### /m).slice(1);
  const part = parts.find((text) => (text.split('\n', 1)[0] ?? '').trim() === CHANGELOG_HEADINGS[language]);
  const notes = part?.slice(part.indexOf('\n') + 1).trim();
  return notes ? notes : null;
}

/** Why a release cannot be made from `root` now, each in a sentence that says what to do; empty when it can. */
export function releaseProblems(root: string): string[] {
  const version = packageVersion(root);
  const problems: string[] = [];
  try {
    git(root, ['rev-parse', '--is-inside-work-tree']);
  } catch {
    return [`${root} is not a git checkout: release files are made from a clean checkout of a commit.`];
  }
  const dirty = git(root, ['status', '--porcelain', '--untracked-files=all']).trimEnd();
  if (dirty)
    problems.push(
      `The working tree has changes that are not committed, so the zips would not match any commit:\n${dirty
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n')}\nCommit or stash them, then run "npm run store" again.`,
    );
  const tags = [version, `v${version}`].filter((tag) => git(root, ['tag', '--list', tag]).trim() === tag);
  if (tags.length > 0)
    problems.push(
      `Version ${version} is already tagged (${tags.join(', ')}): a store never takes the same version twice. Raise "version" in package.json and add its section to CHANGELOG.md.`,
    );
  let changelog = '';
  try {
    changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  } catch {
    problems.push('CHANGELOG.md is missing.');
  }
  if (changelog)
    for (const language of ['id', 'en'] as const)
      if (!changelogNotes(changelog, version, language))
        problems.push(
          `CHANGELOG.md has no "### ${CHANGELOG_HEADINGS[language]}" notes under "## ${version}": write what changed in this version.`,
        );
  return problems;
}
