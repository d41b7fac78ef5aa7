import { message } from '../../messages/reference';
import { add } from '../scan';
import type { RuleExample, RuleFamily } from '../types';

/** A blank post: the only finding it gets. */
export const emptyPost: RuleFamily = {
  name: 'empty',
  ids: ['empty-post'],
  runsOnBlank: true,
  check(scan) {
    if (scan.text.trim() === '') add(scan, 'empty-post', 'error', 0, scan.text.length, message('finding.emptyPost'));
  },
};

export const emptyPostExamples: RuleExample[] = [
  { note: 'nothing but spaces and a line break', text: '  \n ', finds: { rule: 'empty-post', severity: 'error' } },
  { note: 'one word is a post', text: 'Halo', finds: null },
];
