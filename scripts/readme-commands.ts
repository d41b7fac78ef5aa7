/**
 * The commands README names, each with what runs it exactly as written. scripts/check-readme-commands.ts runs
 * those marked CHECKED on a clean clone; tests/unit/readme-commands.test.ts fails when README names a command
 * this table does not know, or this table one README no longer names.
 */

export const CHECKED = '.ci/run after npm test, on a clean clone (scripts/check-readme-commands.ts)';

export const README_COMMANDS: Record<string, string> = {
  'npm start': `${CHECKED}, on its headless path (the clone has no display)`,
  'npm ci': 'npm start, which runs it on the clean clone (it has no node_modules)',
  'npm run build': CHECKED,
  'npm run build:firefox': CHECKED,
  'npm run zip': CHECKED,
  'npm run zip:firefox': CHECKED,
  'node --import tsx scripts/export-schemas.ts': CHECKED,
  'node --import tsx scripts/render-pack-images.ts': CHECKED,
  'npm run format': CHECKED,
  'BENCH_QUICK=1 npm run bench': CHECKED,
  'npm run store': `${CHECKED}, on a throwaway commit and version; also refusing a dirty tree, a version without notes and a tagged one`,
  'git tag v<version>': `${CHECKED}, on the throwaway version, after which npm run store refuses it`,
  'npm test': '.ci/run, on a clean clone',
  'npm run test:unit': 'npm test (scripts/test.sh runs it as written)',
  'npm run test:e2e': 'npm test (scripts/test.sh runs it as written)',
  'npm run bench': 'BENCH_QUICK=1 npm run bench is the same command, every section once; the full run is by hand',
  'BENCH_ROUNDS=21 npm run bench': 'by hand, for the figures README quotes (about 7 minutes)',
  'sudo apt-get install -y chromium':
    'not run: it is what npm start and npm test print when they cannot install Chromium themselves',
};

/** A command as a person types it: environment assignments, then a program and at least one argument. */
const COMMAND = /^(?:[A-Z][A-Z0-9_]*=\S+ )*(?:npm|npx|node|git|sudo|apt-get|bash) \S/;

/** Every command README names: its inline code spans and the lines of its ```sh blocks, comments dropped. */
export function commandsInReadme(markdown: string): string[] {
  const found = new Set<string>();
  const blocks = [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].flatMap((match) =>
    (match[1] ?? '').split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()),
  );
  const spans = [...markdown.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/`([^`\n]+)`/g)].map((match) =>
    (match[1] ?? '').trim(),
  );
  for (const text of [...blocks, ...spans]) if (COMMAND.test(text)) found.add(text);
  return [...found];
}
