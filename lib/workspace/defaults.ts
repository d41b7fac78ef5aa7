import calendarJson from '@/assets/data/calendar.pilkada-2024.json';
import rulesJson from '@/assets/data/rules.default.json';
import packJson from '@/assets/data/templates.default.json';
import {
  describeProblems,
  parseCalendar,
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

function valid<T>(name: string, result: ParseResult<T>): T {
  if (result.ok) return result.value;
  throw new Error(`Built-in ${name} is invalid:\n${describeProblems(result.problems, 'en').join('\n')}`);
}

let builtIn: BuiltInData | undefined;

export function builtInData(): BuiltInData {
  if (!builtIn) {
    const calendar = valid('calendar', parseCalendar({ json: calendarJson }));
    builtIn = {
      calendar,
      rules: valid('rules', parseRules({ json: rulesJson }, calendar)),
      pack: valid('template pack', parseTemplatePack({ json: packJson }, calendar)),
    };
  }
  return builtIn;
}
