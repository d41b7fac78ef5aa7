import { z } from 'zod';
import { dateSchema, hashtagTemplateSchema, idSchema, platformSchema, schemaLinkSchema, shortText } from './common';
import { isHttpsLink, POST_THEMES } from '../posts/schema';
import { message } from '../messages/reference';
import { refinement } from './problems';
import { checkUniqueIds, customIssue } from './refine';

/** An image's SHA-256, 64 lowercase hex digits: what a pack pins each image by. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
export const sha256Schema = z
  .string()
  .refine((text) => SHA256_PATTERN.test(text), refinement(message('problem.sha256')));

/** A file inside the pack's .zip: a relative path, no `..`, no leading slash. */
const zipPathSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine(
    (path) => !path.startsWith('/') && !path.split('/').includes('..') && !path.includes('\\'),
    refinement(message('problem.zipPath')),
  );

/**
 * One approved image of a template (a flyer, an infographic): a file in the pack's .zip, or an https
 * address on KPU Kabupaten's site, pinned by its SHA-256 either way; alt text is required.
 */
export const templateImageSchema = z
  .strictObject({
    file: zipPathSchema.optional(),
    url: z
      .string()
      .max(2000)
      .refine(isHttpsLink, refinement(message('problem.imageHttps')))
      .optional(),
    sha256: sha256Schema,
    /** What the image shows, for people who cannot see it (the site's alt text, the sidebar's thumbnail). */
    alt: shortText(1000),
    /** The platforms it suits; absent: the template's. */
    platforms: z.array(platformSchema).min(1).max(2).optional(),
  })
  .refine(
    (image) => (image.file === undefined) !== (image.url === undefined),
    refinement(message('problem.imageSource')),
  );

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
  /** Approved images attached with the caption (optional: packs before images had none). */
  images: z.array(templateImageSchema).max(10).optional(),
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
    checkUniqueIds(pack.templates, ['templates'], context, message('kind.template'));
    if (pack.validUntil < pack.validFrom)
      customIssue(
        context,
        ['validUntil'],
        message('problem.validUntil', { until: pack.validUntil, from: pack.validFrom }),
      );
    pack.templates.forEach((template, index) => {
      if (new Set(template.platforms).size !== template.platforms.length)
        customIssue(context, ['templates', index, 'platforms'], message('problem.platformTwice'));
    });
  });

export type TemplateImage = z.infer<typeof templateImageSchema>;
export type Template = z.infer<typeof templateSchema>;
export type TemplatePack = z.infer<typeof templatePackSchema>;
