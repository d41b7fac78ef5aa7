/**
 * Runs the commands README names, exactly as written (each through bash, as typed), on a clean clone of this
 * tree in a temporary folder (scripts/clean-clone.sh), and checks what each leaves behind. `.ci/run` runs it
 * after `npm test`; the table of who runs each command is scripts/readme-commands.ts.
 *
 * `npm run store` refuses an uncommitted tree, a version without notes and a tagged version: it is shown
 * refusing each, then run on a throwaway commit of a throwaway version (the next patch version, with notes
 * this script writes), then refusing again once that version is tagged with README's `git tag v<version>`.
 *
 * `node --import tsx scripts/check-readme-commands.ts [folder]`: with a folder, the clone is made there and
 * kept (to look at); without, in a temporary folder removed at the end.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { CHECKED, commandsInReadme, README_COMMANDS } from './readme-commands';
import { listingFile, PRIVACY_FILE, PROMO_FILES, releaseFiles } from './store/assets';
import { extensionZipProblems, pngSize, sourcesZipProblems } from './store/package-check';
import { packageVersion } from './store/release';

const root = resolve(import.meta.dirname, '..');
const keep = process.argv[2];
const work = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'pandu-readme-'));
const clone = join(work, 'pandu');
const logs = join(work, 'logs');

class CheckFailed extends Error {}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

/**
 * The environment a maintainer's shell would have: this run's own npm variables (npm test set them) and
 * this checkout's node_modules/.bin dropped, no display, so `npm start` takes its headless path.
 */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!/^npm_/i.test(name) && !['INIT_CWD', 'PANDU_SKIP_BUILD', 'PANDU_VITEST_JSON'].includes(name))
      env[name] = value;
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !resolve(entry).startsWith(root))
    .join(delimiter);
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return env;
}
const ENV = cleanEnvironment();

const git = (...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=README check', '-c', 'user.email=readme-check@pandu.invalid', ...args], {
    cwd: clone,
    encoding: 'utf8',
  });
const gitStatus = () => git('status', '--porcelain', '--untracked-files=all').stdout.trim();
const commit = (message: string) => {
  git('add', '-A');
  const result = git('commit', '-q', '--allow-empty', '-m', message);
  check(result.status === 0, `git commit failed: ${result.stderr}`);
};

let logCount = 0;
const timings: { command: string; seconds: number; status: string }[] = [];

/**
 * Runs `command` in the clone as typed in a shell; its output goes to a log, shown in part on failure. A
 * command that succeeds must leave the tree as git has it (build output and installs are ignored), unless
 * `writesTree`.
 */
function run(
  command: string,
  { expect = 'success', writesTree = false }: { expect?: 'success' | 'refusal'; writesTree?: boolean } = {},
): string {
  logCount += 1;
  const log = join(logs, `${String(logCount).padStart(2, '0')}-${command.replace(/[^\w.-]+/g, '_').slice(0, 60)}.log`);
  const started = Date.now();
  const result = spawnSync('bash', ['-c', command], {
    cwd: clone,
    env: ENV,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 20 * 60_000,
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  writeFileSync(log, output);
  const ok = result.status === 0;
  const status = expect === 'success' ? (ok ? 'ok' : 'FAILED') : ok ? 'NOT REFUSED' : 'refused';
  timings.push({ command, seconds, status });
  console.log(`${status.padEnd(11)} ${command}  (${seconds} s)`);
  if (status === 'FAILED' || status === 'NOT REFUSED') {
    console.log(output.split('\n').slice(-40).join('\n'));
    throw new CheckFailed(
      `"${command}" ${status === 'FAILED' ? `exited with ${result.status ?? result.signal}` : 'was not refused'} (log: ${log}).`,
    );
  }
  if (!writesTree) check(gitStatus() === '', `"${command}" changed the tree:\n${gitStatus()}`);
  return output;
}

function pngOf(path: string): { width: number; height: number } {
  const size = pngSize(readFileSync(path));
  check(size, `${path} is not a PNG.`);
  return size;
}

function zipsPass(directory: string, version: string, which: ('chrome' | 'firefox' | 'sources')[]): void {
  const files = releaseFiles(version);
  for (const kind of which) {
    const path = join(directory, files[kind]);
    check(existsSync(path), `${path} was not written.`);
    const problems =
      kind === 'sources'
        ? sourcesZipProblems(readFileSync(path))
        : extensionZipProblems(readFileSync(path), kind, version);
    check(problems.length === 0, `${files[kind]}: ${problems.join(' ')}`);
  }
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** README's tag command, as it names it. */
const TAG_COMMAND = 'git tag v<version>';

/** The commands README names that the table of scripts/readme-commands.ts does not know. */
function unknownCommands(): string[] {
  return commandsInReadme(readFileSync(join(clone, 'README.md'), 'utf8')).filter(
    (command) => !(command in README_COMMANDS),
  );
}

async function main(): Promise<void> {
  mkdirSync(logs, { recursive: true });
  const made = spawnSync('bash', [join(root, 'scripts/clean-clone.sh'), clone], { encoding: 'utf8' });
  check(made.status === 0, `The clean clone failed: ${made.stderr}`);
  const unknown = unknownCommands();
  check(unknown.length === 0, `README names commands no check knows: ${unknown.join(', ')}.`);
  // The uncommitted changes, committed in the clone: from here on, anything a command changes shows.
  if (gitStatus() !== '') commit('Throwaway: the tree under test, with its uncommitted changes');
  console.log(`Clean clone of ${root} (HEAD and the uncommitted changes) in ${clone}\n`);

  // `npm start`: installs (npm ci), builds, and on a machine with no display loads Pandu headless.
  const started = run('npm start');
  check(/Pandu geielogmcjdkcinllhlfmfkfjojgbmml loaded; ".+" rendered\./.test(started), 'npm start loaded no Pandu.');
  check(existsSync(join(clone, 'node_modules/.pandu-lock-hash')), 'npm start did not install the dependencies.');
  pngOf(join(clone, '.output/start-screenshot.png'));

  run('npm run build');
  const chrome = readJson<{ key?: string }>(join(clone, '.output/chrome-mv3/manifest.json'));
  check(chrome.key, 'The unpacked Chrome build lost its development key.');
  run('npm run build:firefox');
  const firefox = readJson<{ browser_specific_settings?: { gecko?: { id?: string } } }>(
    join(clone, '.output/firefox-mv3/manifest.json'),
  );
  check(firefox.browser_specific_settings?.gecko?.id, 'The Firefox build has no add-on id.');
  const version = packageVersion(clone);
  run('npm run zip');
  zipsPass(join(clone, '.output'), version, ['chrome']);
  run('npm run zip:firefox');
  zipsPass(join(clone, '.output'), version, ['firefox', 'sources']);

  // Commands that write into the tree: on a tree whose files are current, they change nothing (run() checks).
  run('node --import tsx scripts/export-schemas.ts');
  run('npm run format');
  // This one draws with the machine's Chromium, which may set a pixel differently from the one that drew
  // the committed images; what must hold is that the pack pins what it drew. What is committed goes on.
  run('node --import tsx scripts/render-pack-images.ts', { writesTree: true });
  const pack = readJson<{ templates: { images?: { file: string; sha256: string }[] }[] }>(
    join(clone, 'assets/data/templates.default.json'),
  );
  const pinned = pack.templates.flatMap((template) => template.images ?? []);
  check(pinned.length > 0, 'The built-in pack pins no images.');
  for (const image of pinned) {
    const bytes = readFileSync(join(clone, 'assets/public', image.file));
    check(
      createHash('sha256').update(bytes).digest('hex') === image.sha256,
      `${image.file} is not what the pack pins.`,
    );
  }
  git('checkout', '-q', '--', 'assets');
  check(gitStatus() === '', `render-pack-images left:\n${gitStatus()}`);

  // `npm run bench` in its quick mode: every section prints its tables.
  const bench = run('BENCH_QUICK=1 npm run bench');
  const sections = (readFileSync(join(clone, 'scripts/bench.ts'), 'utf8').match(/^section\(/gm) ?? []).length;
  const printed = bench.match(/^## /gm) ?? [];
  check(sections > 0 && printed.length === sections, `The bench printed ${printed.length} of ${sections} sections.`);

  // `npm run store`: its refusals first, then a release of a throwaway version on a throwaway commit.
  writeFileSync(join(clone, 'throwaway.txt'), 'not committed\n');
  const dirty = run('npm run store', { expect: 'refusal', writesTree: true });
  check(/not committed/.test(dirty), 'The refusal did not name the dirty tree.');
  rmSync(join(clone, 'throwaway.txt'));
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  const throwaway = `${major}.${minor}.${patch + 1}`;
  const packageJson = join(clone, 'package.json');
  writeFileSync(
    packageJson,
    readFileSync(packageJson, 'utf8').replace(/"version": "[^"]+"/, `"version": "${throwaway}"`),
  );
  check(packageVersion(clone) === throwaway, 'package.json’s version could not be raised.');
  commit(`Throwaway: version ${throwaway}`);
  check(
    /CHANGELOG\.md has no/.test(run('npm run store', { expect: 'refusal' })),
    'The refusal did not name the missing notes.',
  );
  const changelog = join(clone, 'CHANGELOG.md');
  const text = readFileSync(changelog, 'utf8');
  const first = text.indexOf('\n## ');
  writeFileSync(
    changelog,
    `${text.slice(0, first)}\n## ${throwaway} — throwaway\n\n### Bahasa Indonesia\n\n- Versi percobaan untuk memeriksa perintah README.\n\n### English\n\n- A throwaway version to check README's commands.\n${text.slice(first)}`,
  );
  commit(`Throwaway: notes for ${throwaway}`);
  run('npm run store');
  const store = join(clone, '.output/store');
  zipsPass(store, throwaway, ['chrome', 'firefox', 'sources']);
  for (const file of [listingFile('id'), listingFile('en'), PRIVACY_FILE])
    check(readFileSync(join(store, file), 'utf8').includes(throwaway), `${file} does not name ${throwaway}.`);
  for (const file of Object.values(PROMO_FILES)) {
    const size = pngOf(join(store, file));
    check(size.width === 440 && size.height === 280, `${file} is ${size.width}×${size.height}.`);
  }
  const shots = readdirSync(join(store, 'screenshots')).filter((file) => file.endsWith('.png'));
  for (const language of ['id', 'en'])
    check(shots.filter((file) => file.startsWith(`${language}-`)).length >= 5, `Fewer than 5 ${language} screenshots.`);
  for (const file of shots) {
    const size = pngOf(join(store, 'screenshots', file));
    check(size.width === 1280 && size.height === 800, `${file} is ${size.width}×${size.height}.`);
  }
  check(existsSync(join(store, 'screenshots/shots.json')), 'screenshots/shots.json was not written.');
  check(!shots.some((file) => file.endsWith('.failed.png')), 'A screenshot failed.');

  run(TAG_COMMAND.replace('<version>', throwaway));
  check(
    /already tagged/.test(run('npm run store', { expect: 'refusal' })),
    'The refusal did not name the tagged version.',
  );
}

const checked = Object.entries(README_COMMANDS)
  .filter(([, by]) => by.startsWith(CHECKED))
  .map(([command]) => command);

try {
  await main();
  const ran = new Set(timings.map(({ command }) => command.replace(/^git tag v.*/, TAG_COMMAND)));
  const missed = checked.filter((command) => !ran.has(command));
  check(missed.length === 0, `Marked as checked here but not run: ${missed.join(', ')}.`);
  const total = timings.reduce((sum, { seconds }) => sum + seconds, 0);
  console.log(`\nEvery command README names ran as written on a clean clone (${total} s in all).`);
} catch (error) {
  console.error(`\n${error instanceof CheckFailed ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
