import { z } from 'zod';
import { dateSchema, idSchema, schemaLinkSchema, shortText, timeZoneSchema } from './common';
import { checkUniqueIds, customIssue } from './refine';

export const stageSchema = z.strictObject({
  id: idSchema,
  /** The stage this one is part of (`coklit` is part of `pemutakhiran-data-pemilih`). */
  parent: idSchema.optional(),
  name: shortText(160),
  nameEn: shortText(160).optional(),
  description: z.string().max(2000).optional(),
  /** First and last day, both included, as local dates in the calendar's region. */
  start: dateSchema,
  end: dateSchema,
  /** Where the dates come from (a regulation and its annex, a KPU decision). */
  source: shortText(500),
});

export const stageCalendarSchema = z
  .strictObject({
    $schema: schemaLinkSchema,
    schemaVersion: z.literal(1),
    id: idSchema,
    name: shortText(200),
    /** The zone the dates are read in unless the admin's profile names another. */
    timeZone: timeZoneSchema,
    source: z.string().max(500).optional(),
    stages: z.array(stageSchema).min(1).max(500),
  })
  .superRefine((calendar, context) => {
    checkUniqueIds(calendar.stages, ['stages'], context, ['tahapan', 'stage']);
    const ids = new Set(calendar.stages.map((stage) => stage.id));
    calendar.stages.forEach((stage, index) => {
      if (stage.end < stage.start)
        customIssue(
          context,
          ['stages', index, 'end'],
          `tanggal selesai ${stage.end} sebelum tanggal mulai ${stage.start}`,
          `end date ${stage.end} is before start date ${stage.start}`,
        );
      if (stage.parent !== undefined && !ids.has(stage.parent))
        customIssue(
          context,
          ['stages', index, 'parent'],
          `tahapan induk '${stage.parent}' tidak dikenal`,
          `unknown parent stage '${stage.parent}'`,
        );
    });
    const parentOf = new Map(calendar.stages.map((stage) => [stage.id, stage.parent]));
    calendar.stages.forEach((stage, index) => {
      // Walk up the parents; only a stage that meets itself is on the cycle (the others lead into it).
      const seen = new Set<string>();
      for (let at = stage.parent; at !== undefined && !seen.has(at); at = parentOf.get(at)) {
        if (at === stage.id) {
          customIssue(
            context,
            ['stages', index, 'parent'],
            `tahapan '${stage.id}' berinduk pada dirinya sendiri (melingkar)`,
            `stage '${stage.id}' is its own ancestor (a cycle)`,
          );
          break;
        }
        seen.add(at);
      }
    });
  });

export type Stage = z.infer<typeof stageSchema>;
export type StageCalendar = z.infer<typeof stageCalendarSchema>;
