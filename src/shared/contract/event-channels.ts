import { z } from 'zod';
import { channel, none } from './channel';
import { calendarEventSchema, eventChangeSchema, plannedPromotionInputSchema, plannedPromotionSchema } from './schemas/events';

/** The event calendar and planned promotions: what the forecast knows of the coming weeks besides the sales. */
export const eventChannels = {
  /** The workspace's calendar: shipped events with the user's edits, then the user's own events. */
  'forecast:events': channel(none, z.array(calendarEventSchema)),
  /** Apply edits together (all or none); answers the calendar afterwards. */
  'forecast:saveEvents': channel(z.object({ changes: z.array(eventChangeSchema).min(1).max(500) }).strict(), z.array(calendarEventSchema)),
  'forecast:plannedPromotions': channel(z.object({ productId: z.number().int() }).strict(), z.array(plannedPromotionSchema)),
  'forecast:planPromotion': channel(plannedPromotionInputSchema, plannedPromotionSchema),
  'forecast:removePlannedPromotion': channel(z.object({ id: z.number().int() }).strict(), plannedPromotionSchema),
} as const;
