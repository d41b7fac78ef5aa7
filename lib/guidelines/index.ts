export * from './apply';
export { check } from './check';
export { countCharacters } from './families/limits';
export * from './required-hashtags';
export * from './types';
export * from './reviews';
export { ruleName } from './rule-names';
