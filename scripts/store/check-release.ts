/**
 * `npm run store`'s first step: refuses, with the reasons, when a release cannot be made from this checkout
 * (or from the checkout named as the first argument).
 */
import { resolve } from 'node:path';
import { releaseProblems } from './release';

const root = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../..'));
const problems = releaseProblems(root);
if (problems.length > 0) {
  console.error(`npm run store: no release files made.\n\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  process.exit(1);
}
