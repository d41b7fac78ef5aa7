import calendarJson from '@/assets/data/calendar.pilkada-2024.json';
import rulesJson from '@/assets/data/rules.default.json';
import packJson from '@/assets/data/templates.default.json';
import { PanduError } from '../messages/errors';
import { message } from '../messages/reference';
import {
  parseCalendar,
  problemLine,
  parseRules,
  parseTemplatePack,
  type GuidelineRules,
  type ParseResult,
  type StageCalendar,
  type TemplatePack,
} from '../schemas';

/** Pandu's built-in data, shipped in assets/data and validated like any file a user imports. */
export interface BuiltInData {
  calendar: StageCalendar;
  rules: GuidelineRules;
  pack: TemplatePack;
}

/** A built-in file as shipped; one that does not validate is a broken build, said at once. */
function valid<T>(file: string, result: ParseResult<T>): T {
  if (result.ok) return result.value;
  throw new PanduError(message('error.builtInInvalid', { file, problems: result.problems.map(problemLine) }));
}

let builtIn: BuiltInData | undefined;

export function builtInData(): BuiltInData {
  if (!builtIn) {
    const calendar = valid('calendar', parseCalendar({ json: calendarJson }));
    builtIn = {
      calendar,
      rules: valid('rules', parseRules({ json: rulesJson }, calendar)),
      pack: valid('pack', parseTemplatePack({ json: packJson }, calendar)),
    };
  }
  return builtIn;
}
