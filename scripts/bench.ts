/**
 * `npm run bench`: builds Pandu and prints its figures. Each section prints a table; nothing here asserts a
 * budget (tests never assert timings), the figures are read by people and quoted in issue notes.
 */
import { execFileSync } from 'node:child_process';
import { bundleSizes } from './bench/bundle';

function section(title: string): void {
  console.log(`\n## ${title}`);
}

execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });

section('Bundle size per entrypoint (Chrome MV3 build, with the chunks each loads)');
console.table(await bundleSizes('.output/chrome-mv3'));
