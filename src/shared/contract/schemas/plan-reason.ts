import { z } from 'zod';

/**
 * Why a plan line orders what it orders, as data: the UI words it in the user's language
 * (pages/replenishment/plan-reason.ts), the export keeps the English sentence (core/planning/reason.ts).
 */

const num = z.number();

export const roundingPartSchema = z.object({
  step: z.enum(['case_pack', 'moq', 'max', 'container']),
  from: num,
  to: num,
  term: num,
  pack: z.number().nullable(),
});

/** Something a planner should know about a line. `text` is a sentence from a plan stored before flags were data. */
export const planFlagSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('capped'), max: num, waiting: num }),
  z.object({ kind: z.literal('termsConflict') }),
  z.object({ kind: z.literal('rolledForward'), snapshotDate: z.string(), sold: num, received: num }),
  z.object({ kind: z.literal('overdue'), lines: z.number().int() }),
  z.object({ kind: z.literal('lockedFrom'), planId: z.number().int() }),
  z.object({ kind: z.literal('noContainerData') }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);
export type PlanFlag = z.infer<typeof planFlagSchema>;

export const planReasonSchema = z.object({
  policy: z.enum(['order_up_to', 'reorder_point']),
  cls: z.string(),
  serviceLevel: num,
  /** No supplier terms: nothing below applies, the line is not ordered. */
  noSupplier: z.boolean(),
  coverDays: num,
  leadMeanDays: num,
  leadSdDays: num,
  leadSource: z.enum(['measured', 'promised']),
  /** 0 for a reorder point (no review period in its protection). */
  reviewDays: num,
  mean: num,
  sd: num,
  level: num,
  safety: num,
  shape: z.enum(['normal', 'count']),
  position: num,
  onHand: num,
  hasSnapshot: z.boolean(),
  onOrder: num,
  /** Reorder-point lines: order at this level, up to that one. */
  reorderAt: z.number().nullable(),
  upTo: z.number().nullable(),
  need: num,
  rounding: z.array(roundingPartSchema),
  budget: z.object({ from: num, to: num, marginPerCash: num, fillBefore: num, fillAfter: num }).nullable(),
  container: z.object({ from: num, to: num, maxContainers: num, marginPerSpace: num, basis: z.enum(['volume', 'weight']) }).nullable(),
  edited: z.object({ from: num, to: num }).nullable(),
  flags: z.array(planFlagSchema),
});
export type PlanReason = z.infer<typeof planReasonSchema>;
