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
  /** Voting day: ranked first among the stages of its day. */
  votingDay: z.literal(true).optional(),
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
    // A sub-stage runs within its parent: the calendar says so, and ranking and reports rely on it.
    const byId = new Map(calendar.stages.map((stage) => [stage.id, stage]));
    calendar.stages.forEach((stage, index) => {
      const parent = stage.parent === undefined ? undefined : byId.get(stage.parent);
      if (!parent || parent.id === stage.id) return;
      // A date that is no date has its own problem already.
      if (![stage.start, stage.end, parent.start, parent.end].every((day) => dateSchema.safeParse(day).success)) return;
      if (stage.start < parent.start)
        customIssue(
          context,
          ['stages', index, 'start'],
          `mulai ${stage.start}, sebelum tahapan induk '${parent.id}' mulai (${parent.start})`,
          `starts ${stage.start}, before its parent stage '${parent.id}' starts (${parent.start})`,
        );
      if (stage.end > parent.end)
        customIssue(
          context,
          ['stages', index, 'end'],
          `selesai ${stage.end}, sesudah tahapan induk '${parent.id}' selesai (${parent.end})`,
          `ends ${stage.end}, after its parent stage '${parent.id}' ends (${parent.end})`,
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
