/**
 * `BENCH_QUICK=1 npm run bench`: every section once, on small inputs and single runs, so a test can run the
 * command as written in a minute or two. Its figures mean nothing; the full run is the one quoted.
 */
export const QUICK = process.env.BENCH_QUICK === '1';

/** How many runs, samples or items: `full` in a real run, `quick` under BENCH_QUICK=1. */
export const sized = (full: number, quick = 1): number => (QUICK ? quick : full);
