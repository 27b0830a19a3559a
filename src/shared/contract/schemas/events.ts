import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const name = z.string().trim().min(1).max(80);
const key = z.string().min(1).max(60);

/** One year of an event. */
export const eventOccurrenceSchema = z.object({
  year: z.number().int(),
  from: z.string(),
  to: z.string(),
  /** The user set these dates (a shipped event's changed year, or a user event's). */
  edited: z.boolean(),
});

/** An event of the workspace's calendar: shipped (origin default) or the user's own. */
export const calendarEventSchema = z.object({
  key: z.string(),
  origin: z.enum(['default', 'user']),
  nameEn: z.string(),
  nameZh: z.string(),
  enabled: z.boolean(),
  offYears: z.array(z.number().int()),
  occurrences: z.array(eventOccurrenceSchema),
});
export type CalendarEvent = z.infer<typeof calendarEventSchema>;

/** One edit of the calendar; a save applies a list of them in one transaction. */
export const eventChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('add'), key, nameEn: name, nameZh: name }).strict(),
  z.object({ kind: z.literal('rename'), key, nameEn: name, nameZh: name }).strict(),
  z.object({ kind: z.literal('enable'), key, enabled: z.boolean() }).strict(),
  z.object({ kind: z.literal('setDates'), key, from: isoDate, to: isoDate }).strict(),
  z.object({ kind: z.literal('removeYear'), key, year: z.number().int().min(1900).max(2200) }).strict(),
  z.object({ kind: z.literal('reset'), key }).strict(),
  z.object({ kind: z.literal('remove'), key }).strict(),
]);
export type EventChange = z.infer<typeof eventChangeSchema>;

export const plannedPromotionSchema = z.object({
  id: z.number().int(),
  productId: z.number().int(),
  sku: z.string(),
  /** null = every location. */
  locationId: z.number().int().nullable(),
  from: z.string(),
  to: z.string(),
  promo: z.boolean(),
  price: z.number().nullable(),
  discountPct: z.number().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type PlannedPromotion = z.infer<typeof plannedPromotionSchema>;

export const plannedPromotionInputSchema = z
  .object({
    productId: z.number().int(),
    locationId: z.number().int().nullable().optional(),
    from: isoDate,
    to: isoDate,
    promo: z.boolean(),
    price: z.number().positive().nullable().optional(),
    discountPct: z.number().gt(0).lt(100).nullable().optional(),
    note: z.string().max(200).nullable().optional(),
  })
  .strict();
export type PlannedPromotionInput = z.input<typeof plannedPromotionInputSchema>;
