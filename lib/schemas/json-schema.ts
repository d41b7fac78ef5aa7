import { z } from 'zod';
import { SCHEMA_TITLES } from '../messages/fixed';
import { stageCalendarSchema } from './calendar';
import { profileSchema } from './profile';
import { weeklyReportSchema } from './report';
import { guidelineRulesSchema } from './rules';
import { templatePackSchema } from './template-pack';

/** The JSON Schema files KPU staff point their editors at (assets/schema/), generated from the zod schemas. */
export const JSON_SCHEMA_FILES = {
  'stage-calendar.schema.json': { title: SCHEMA_TITLES.calendar, schema: stageCalendarSchema },
  'template-pack.schema.json': { title: SCHEMA_TITLES.pack, schema: templatePackSchema },
  'guideline-rules.schema.json': { title: SCHEMA_TITLES.rules, schema: guidelineRulesSchema },
  'profile.schema.json': { title: SCHEMA_TITLES.profile, schema: profileSchema },
  'weekly-report.schema.json': { title: SCHEMA_TITLES.report, schema: weeklyReportSchema },
} as const;

export function jsonSchemaText(file: keyof typeof JSON_SCHEMA_FILES): string {
  const { title, schema } = JSON_SCHEMA_FILES[file];
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) };
  return `${JSON.stringify(json, null, 2)}\n`;
}
