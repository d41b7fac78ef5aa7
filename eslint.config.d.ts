// Types for eslint.config.js, so tests/unit/boundaries.test.ts can run the same layering rules.
import type { Linter } from 'eslint';

export declare const boundaries: (root: string) => Linter.Config[];
declare const config: Linter.Config[];
export default config;
