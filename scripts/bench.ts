/**
 * `npm run bench`: builds Pandu and prints its figures. Each section prints a table; nothing here asserts a
 * budget (tests never assert timings), the figures are read by people and quoted in issue notes.
 * Domain figures run in Node (the same V8 as Chromium) on this machine.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { sidebarFigures } from './bench/browser';
import { bundleSizes } from './bench/bundle';
import { corpusFigures } from './bench/corpus';
import { writtenFigureRows } from '../tests/corpus/written-apart';
import { imageFigures } from './bench/images';
import { checkerFigures, rankingFigures } from './bench/domain';
import { logFigures } from './bench/log';
import { QUICK } from './bench/quick';
import { workspaceFigures } from './bench/workspace';

function section(title: string): void {
  console.log(`\n## ${title}`);
}

console.log(`Pandu benchmark: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`);
if (QUICK)
  console.log(
    'BENCH_QUICK=1: every section once, on small inputs and single runs. These figures are not Pandu’s; run without it for those.',
  );

execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });

section('Bundle size per entrypoint (Chrome MV3 build, with the chunks each loads; content script target: 35 kB gzip)');
console.table(await bundleSizes('.output/chrome-mv3'));

section('Guideline checker latency (built-in rules, during coklit; target: 2,200-character check under 0.5 ms median)');
console.table(checkerFigures());

section('Guideline corpora (tests/corpus, tuned and held-out): targets, then precision and recall per rule');
const corpus = corpusFigures();
console.table(corpus.targets);
console.table(corpus.rules);
section('Corpora written apart (tests/corpus/written-apart, tests/corpus/sealed): the sealed set reported apart');
console.table(writtenFigureRows());

section('Template ranking');
console.table(rankingFigures());

section(
  'Post log, weekly export, backup and recap (Node, fake-indexeddb; target: a 1,000-post week exports in under 1 s)',
);
console.table(await logFigures());

section(
  'Loading the workspace (getWorkspace, every page and sidebar load; Node, fake storage; target: under 50 ms for any valid data)',
);
console.table(await workspaceFigures());

section('Sidebar in Debian Chromium (built extension, fixture pages at the real addresses)');
const sidebar = await sidebarFigures();
console.table(sidebar.appear);
console.log(
  'Host page main-thread CPU time (ThreadTime, median over interleaved rounds) while its feed mutates, in three Chromiums side by side: no extension, a no-op extension (a content script on the same sites), and Pandu. Pandu ÷ no-op is Pandu’s own cost; the per-round ratios show the spread; the tasks’ wall time (TaskDuration) also counts time other processes held the core:',
);
console.table(sidebar.mainThread);

section(
  "Approved images: a 50-image, 20 MB pack .zip imported; the sidebar's first paint before and after it (thumbnails load after it)",
);
const images = await imageFigures();
console.table(images.importing);
console.table(images.sidebar);
