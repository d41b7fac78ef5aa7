import { z } from 'zod';
import { dateSchema, hashtagTemplateSchema, idSchema, platformSchema, schemaLinkSchema, shortText } from './common';
import { POST_THEMES } from './post';
import { checkUniqueIds, customIssue } from './refine';

export const templateSchema = z.strictObject({
  id: idSchema,
  title: shortText(160),
  /** Stage ids from the calendar this template serves. */
  stages: z.array(idSchema).min(1).max(50),
  platforms: z.array(platformSchema).min(1).max(2),
  /** Markdown with `{{placeholders}}`; the composer gets it as plain text, previews as sanitised HTML. */
  body: shortText(20_000),
  hashtags: z.array(hashtagTemplateSchema).max(30),
  notes: z.string().max(2000).optional(),
  /** What the post is about, for KPU Kabupaten's tally (issue 13); a post written from it takes it. */
  theme: z.enum(POST_THEMES).optional(),
});

export const approvalSchema = z.strictObject({
  approvedBy: shortText(200),
  date: dateSchema,
  /** The letter or decision number (nomor surat / keputusan). */
  reference: shortText(200),
});

export const templatePackSchema = z
  .strictObject({
    $schema: schemaLinkSchema,
    schemaVersion: z.literal(1),
    id: idSchema,
    /** Who issues the pack: "KPU Kabupaten Jepara". */
    issuer: shortText(200),
    version: shortText(40),
    validFrom: dateSchema,
    validUntil: dateSchema,
    approval: approvalSchema,
    /** The id of the stage calendar the templates' stages refer to. */
    calendar: idSchema,
    templates: z.array(templateSchema).min(1).max(2000),
  })
  .superRefine((pack, context) => {
    checkUniqueIds(pack.templates, ['templates'], context, ['templat', 'template']);
    if (pack.validUntil < pack.validFrom)
      customIssue(
        context,
        ['validUntil'],
        `berlaku sampai ${pack.validUntil} sebelum berlaku mulai ${pack.validFrom}`,
        `valid until ${pack.validUntil} is before valid from ${pack.validFrom}`,
      );
    pack.templates.forEach((template, index) => {
      if (new Set(template.platforms).size !== template.platforms.length)
        customIssue(
          context,
          ['templates', index, 'platforms'],
          'platform disebut dua kali',
          'a platform is listed twice',
        );
    });
  });

export type Template = z.infer<typeof templateSchema>;
export type TemplatePack = z.infer<typeof templatePackSchema>;
