/**
 * The report operations of the contract (merged into `operations`): export the council
 * report in the background, follow it, stop it, and fetch a written file (the browser
 * host cannot open the folder, so it downloads). Browser-safe: schemas only.
 */
import { z } from 'zod';
import { idSchema } from '../model/ids';
import { jobIdSchema } from './scenario-jobs';

import { REPORT_FORMATS, REPORT_SECTIONS } from '../reports/kinds';

export const REPORT_FORMAT_NAMES = REPORT_FORMATS;
export const REPORT_SECTION_NAMES = REPORT_SECTIONS;

export const reportJobSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Progress in thousandths: scenario runs first, then the files. */
  done: z.number(),
  total: z.number(),
  result: z
    .object({
      folder: z.string(),
      files: z.array(z.object({ name: z.string(), format: z.enum(REPORT_FORMAT_NAMES), bytes: z.number() })),
      pdf: z.enum(['written', 'unavailable', 'not-requested']),
      /** The report as one self-contained HTML document, for the preview. */
      html: z.string(),
    })
    .nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ReportJob = z.infer<typeof reportJobSchema>;

export const reportOperations = {
  /**
   * Builds the report of the chosen scenarios and writes the chosen formats into a new
   * folder beside the workspace file. With no formats it only renders the preview.
   */
  'reports.start': {
    input: z.strictObject({
      scenarioIds: z.array(idSchema).min(1).max(20),
      sections: z.array(z.enum(REPORT_SECTION_NAMES)).max(REPORT_SECTION_NAMES.length),
      formats: z.array(z.enum(REPORT_FORMAT_NAMES)).max(REPORT_FORMAT_NAMES.length),
      lang: z.enum(['nl', 'en']),
    }),
    output: reportJobSchema,
  },
  'reports.job': { input: z.strictObject({ jobId: jobIdSchema }), output: reportJobSchema },
  'reports.cancel': { input: z.strictObject({ jobId: jobIdSchema }), output: reportJobSchema },
  /**
   * Opens a finished export's folder in the system's file manager (the desktop app);
   * a host that cannot (the browser host) answers `opened: false` with the reason.
   */
  'reports.openFolder': {
    input: z.strictObject({ jobId: jobIdSchema }),
    output: z.object({ opened: z.boolean(), folder: z.string(), reason: z.string().nullable() }),
  },
  /** One file of a finished export, by its name in the job's result. */
  'reports.download': {
    input: z.strictObject({ jobId: jobIdSchema, name: z.string().min(1).max(200) }),
    output: z.object({ name: z.string(), mimeType: z.string(), base64: z.string() }),
  },
} as const;
