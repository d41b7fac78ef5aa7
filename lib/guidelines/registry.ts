import { deniedFamily } from './families/denied';
import { emptyPost } from './families/empty';
import { hashtagSyntaxFamily } from './families/hashtag-syntax';
import { limitsFamily } from './families/limits';
import { neutralityFamily } from './families/neutrality';
import { requiredHashtagFamily } from './families/required-hashtags';
import { writingFamily } from './families/writing';
import type { RuleFamily } from './types';

/** Every rule family, in the order their findings are computed. To add one, write its module and list it here. */
export const RULE_FAMILIES: readonly RuleFamily[] = [
  emptyPost,
  requiredHashtagFamily,
  deniedFamily,
  hashtagSyntaxFamily,
  limitsFamily,
  neutralityFamily,
  writingFamily,
];
