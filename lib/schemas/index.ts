import type { z } from 'zod';
import { markdownBudgetProblem } from '../templates/markdown-limits';
import { stageCalendarSchema, type StageCalendar } from './calendar';
import { problem, problemsFromZod, readJsonText, type ParseResult, type Problem } from './problems';
import { profileSchema, type Profile } from './profile';
import { guidelineRulesSchema, type GuidelineRules } from './rules';
import { templatePackSchema, type Template, type TemplatePack } from './template-pack';

export * from './calendar';
export * from './common';
export * from './problems';
export * from './profile';
export * from './rules';
export * from './template-pack';

/** A file's text or already-parsed JSON. */
export type DataInput = string | { json: unknown };

function parseWith<T>(schema: z.ZodType<T>, input: DataInput, crossCheck?: (value: T) => Problem[]): ParseResult<T> {
  let json: unknown;
  if (typeof input === 'string') {
    const read = readJsonText(input);
    if (!read.ok) return read;
    json = read.value;
  } else json = input.json;
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, json) };
  const problems = crossCheck?.(parsed.data) ?? [];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

function unknownStages(ids: readonly string[], known: ReadonlySet<string>, path: PropertyKey[]): Problem[] {
  return ids.filter((id) => !known.has(id)).map((id) => problem(path, 'problem.unknownStage', { id }));
}

export function parseCalendar(input: DataInput): ParseResult<StageCalendar> {
  return parseWith(stageCalendarSchema, input);
}

/** A body too costly to convert (see markdown-limits.ts), named by its template's id and title. */
export function templateBodyProblem(template: Pick<Template, 'id' | 'title' | 'body'>, path: PropertyKey[]): Problem[] {
  const reason = markdownBudgetProblem(template.body);
  return reason ? [problem(path, 'problem.templateBody', { id: template.id, title: template.title, reason })] : [];
}

/**
 * Parses a pack; its templates' stages must exist in the calendar it is used with, and each body must be
 * cheap enough to convert.
 */
export function parseTemplatePack(input: DataInput, calendar: StageCalendar): ParseResult<TemplatePack> {
  const known = new Set(calendar.stages.map((stage) => stage.id));
  return parseWith(templatePackSchema, input, (pack) =>
    pack.templates.flatMap((template, index) => [
      ...unknownStages(template.stages, known, ['templates', index, 'stages']),
      ...templateBodyProblem(template, ['templates', index, 'body']),
    ]),
  );
}

/** Parses a rule set; the stages it names must exist in the calendar it is used with. */
export function parseRules(input: DataInput, calendar: StageCalendar): ParseResult<GuidelineRules> {
  const known = new Set(calendar.stages.map((stage) => stage.id));
  return parseWith(guidelineRulesSchema, input, (rules) => [
    ...rules.requiredHashtags.flatMap((rule, index) =>
      unknownStages(rule.stages ?? [], known, ['requiredHashtags', index, 'stages']),
    ),
    ...unknownStages(rules.neutrality.quietPeriodStages, known, ['neutrality', 'quietPeriodStages']),
  ]);
}

export function parseProfile(input: DataInput): ParseResult<Profile> {
  return parseWith(profileSchema, input);
}
