import { z } from 'zod';

export const refreshReasonSchema = z.enum(['import', 'watch', 'manual']);

export const refreshCauseSchema = z.object({
  reason: refreshReasonSchema,
  importIds: z.array(z.number().int()).optional(),
});

/** A finished refresh: what it did and how long each step took (wall seconds). */
export const refreshSummarySchema = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  cause: refreshCauseSchema,
  mode: z.enum(['rolled', 'incremental', 'full', 'skipped']),
  today: z.string().nullable(),
  runId: z.number().int().nullable(),
  parentRunId: z.number().int().nullable(),
  planId: z.number().int().nullable(),
  series: z.object({ copied: z.number().int(), refit: z.number().int(), full: z.number().int(), coldStart: z.number().int() }),
  seconds: z.object({
    forecast: z.number(),
    history: z.number(),
    series: z.number(),
    write: z.number(),
    plan: z.number(),
    alerts: z.number(),
    total: z.number(),
  }),
});
export type RefreshSummaryDto = z.infer<typeof refreshSummarySchema>;

export const refreshStatusSchema = z.object({
  last: refreshSummarySchema.nullable(),
  /** The refresh job running now, if any. */
  runningJobId: z.string().nullable(),
});
export type RefreshStatus = z.infer<typeof refreshStatusSchema>;
