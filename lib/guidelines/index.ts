export * from './apply';
export { check, countCharacters } from './check';
export { compileRules } from './compile';
export * from './required-hashtags';
export * from './types';
