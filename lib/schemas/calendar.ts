import { z } from 'zod';
import { dateSchema, idSchema, schemaLinkSchema, shortText, timeZoneSchema } from './common';
import { message } from '../messages/reference';
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
    checkUniqueIds(calendar.stages, ['stages'], context, message('kind.stage'));
    const ids = new Set(calendar.stages.map((stage) => stage.id));
    calendar.stages.forEach((stage, index) => {
      if (stage.end < stage.start)
        customIssue(
          context,
          ['stages', index, 'end'],
          message('problem.stageEndsBeforeStart', { end: stage.end, start: stage.start }),
        );
      if (stage.parent !== undefined && !ids.has(stage.parent))
        customIssue(context, ['stages', index, 'parent'], message('problem.unknownParent', { parent: stage.parent }));
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
          message('problem.startsBeforeParent', { start: stage.start, parent: parent.id, parentStart: parent.start }),
        );
      if (stage.end > parent.end)
        customIssue(
          context,
          ['stages', index, 'end'],
          message('problem.endsAfterParent', { end: stage.end, parent: parent.id, parentEnd: parent.end }),
        );
    });
    const parentOf = new Map(calendar.stages.map((stage) => [stage.id, stage.parent]));
    calendar.stages.forEach((stage, index) => {
      // Walk up the parents; only a stage that meets itself is on the cycle (the others lead into it).
      const seen = new Set<string>();
      for (let at = stage.parent; at !== undefined && !seen.has(at); at = parentOf.get(at)) {
        if (at === stage.id) {
          customIssue(context, ['stages', index, 'parent'], message('problem.stageCycle', { stage: stage.id }));
          break;
        }
        seen.add(at);
      }
    });
  });

export type Stage = z.infer<typeof stageSchema>;
export type StageCalendar = z.infer<typeof stageCalendarSchema>;
