import { z } from 'zod';
import { dimensionSchema, indicatorKindSchema, kindOfDimension, lensSchema } from '../model/doughnut';
import { idSchema } from '../model/ids';
import { yearSchema } from '../model/years';

/** A text in both product languages. */
export const localizedSchema = z.strictObject({
  nl: z.string().min(1).max(2000),
  en: z.string().min(1).max(2000),
});
export type Localized = z.infer<typeof localizedSchema>;

export const frameworkSourceSchema = z.strictObject({
  id: idSchema,
  citation: z.string().min(1).max(2000),
  year: yearSchema,
  url: z.url({ protocol: /^https$/ }).optional(),
});
export type FrameworkSource = z.infer<typeof frameworkSourceSchema>;

export const frameworkDimensionSchema = z.strictObject({
  id: dimensionSchema,
  kind: indicatorKindSchema,
  /** Raworth 2017 / DEAL labels. */
  label2017: localizedSchema,
  /** Fanning & Raworth 2025 labels, mapped onto the 2017 dimension they continue. */
  label2025: localizedSchema,
  description: localizedSchema,
  /** Why a 2025 label maps to this 2017 dimension, where that is not obvious. */
  note2025: localizedSchema.optional(),
  sources: z.array(idSchema).min(1),
});
export type FrameworkDimension = z.infer<typeof frameworkDimensionSchema>;

export const frameworkLensSchema = z.strictObject({
  id: lensSchema,
  name: localizedSchema,
  /** The question as the Amsterdam City Doughnut asks it. */
  question: localizedSchema,
  /** The same question with `{city}` where the municipality's name goes. */
  questionTemplate: localizedSchema,
  source: idSchema,
});
export type FrameworkLens = z.infer<typeof frameworkLensSchema>;

/**
 * How a control variable becomes a ratio where 1 is the boundary (Fanning & Raworth 2025):
 * `offset`: (x - reference) / (boundary - reference); `relative-decline`:
 * (1 - x / reference) / (1 - boundary / reference), for variables that fall as pressure rises.
 */
export const normalisationSchema = z.strictObject({
  method: z.enum(['offset', 'relative-decline']),
  reference: z.number(),
});
export type Normalisation = z.infer<typeof normalisationSchema>;

export const planetaryBoundarySchema = z.strictObject({
  id: idSchema,
  dimension: dimensionSchema,
  controlVariable: localizedSchema,
  unit: z.string().min(1).max(200),
  boundary: z.number(),
  latest: z
    .strictObject({ value: z.number(), year: yearSchema, approximate: z.boolean().default(false) })
    .optional(),
  normalisation: normalisationSchema,
  source: idSchema,
  year: yearSchema,
});
export type PlanetaryBoundary = z.infer<typeof planetaryBoundarySchema>;

export const fairShareSchema = z.strictObject({
  id: idSchema,
  dimension: dimensionSchema,
  label: localizedSchema,
  unit: z.string().min(1).max(200),
  perPerson: z.number().positive(),
  /** The year the underlying data describe. */
  dataYear: yearSchema,
  source: idSchema,
  /** The year of the publication. */
  year: yearSchema,
});
export type FairShare = z.infer<typeof fairShareSchema>;

export const referenceFactorSchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
  unit: z.string().min(1).max(200),
  value: z.number(),
  year: yearSchema,
  source: idSchema,
  note: localizedSchema.optional(),
});
export type ReferenceFactor = z.infer<typeof referenceFactorSchema>;

export const globalStatusSchema = z.strictObject({
  id: idSchema,
  text: localizedSchema,
  year: yearSchema,
  source: idSchema,
});

const frameworkShape = z.strictObject({
  version: z.literal(1),
  sources: z.array(frameworkSourceSchema).min(1),
  dimensions: z.array(frameworkDimensionSchema).length(21),
  lenses: z.array(frameworkLensSchema).length(4),
  planetaryBoundaries: z.array(planetaryBoundarySchema),
  fairShares: z.array(fairShareSchema),
  referenceFactors: z.array(referenceFactorSchema),
  globalStatus: z.array(globalStatusSchema),
});

type FrameworkShape = z.infer<typeof frameworkShape>;

function checkFramework(framework: FrameworkShape, ctx: z.core.$RefinementCtx<FrameworkShape>): void {
  const sourceIds = new Set(framework.sources.map((s) => s.id));
  const unknownSource = (id: string, path: (string | number)[]) => {
    if (!sourceIds.has(id)) ctx.addIssue({ code: 'custom', path, message: `unknown source "${id}"` });
  };
  const unique = (ids: readonly string[], path: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id))
        ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${id}"` });
      seen.add(id);
    });
  };
  for (const list of ['sources', 'dimensions', 'lenses', 'planetaryBoundaries', 'fairShares'] as const) {
    const items: readonly { id: string }[] = framework[list];
    unique(
      items.map((item) => item.id),
      list,
    );
  }
  framework.dimensions.forEach((dimension, i) => {
    if (dimension.kind !== kindOfDimension(dimension.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['dimensions', i, 'kind'],
        message: 'kind does not match dimension',
      });
    }
    dimension.sources.forEach((id, j) => unknownSource(id, ['dimensions', i, 'sources', j]));
  });
  framework.lenses.forEach((lens, i) => unknownSource(lens.source, ['lenses', i, 'source']));
  framework.planetaryBoundaries.forEach((b, i) =>
    unknownSource(b.source, ['planetaryBoundaries', i, 'source']),
  );
  framework.fairShares.forEach((f, i) => unknownSource(f.source, ['fairShares', i, 'source']));
  framework.referenceFactors.forEach((f, i) => unknownSource(f.source, ['referenceFactors', i, 'source']));
  framework.globalStatus.forEach((g, i) => unknownSource(g.source, ['globalStatus', i, 'source']));
}

/** The built-in Doughnut framework: dimensions, lenses, boundaries and fair shares with their sources. */
export const doughnutFrameworkSchema = frameworkShape.superRefine(checkFramework);
export type DoughnutFramework = z.infer<typeof doughnutFrameworkSchema>;
