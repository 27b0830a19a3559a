import { z } from 'zod';
import { channel, none } from './channel';
import { gridPageQuerySchema, gridPageSchema } from './schemas/grid-page';
import {
  laneInputSchema,
  laneRowSchema,
  logisticsOverviewSchema,
  logisticsReplaySchema,
  replayInputSchema,
  shipmentLineSchema,
  shipmentPointSchema,
  transferApprovalSchema,
  transferDraftSchema,
  transferOrderRowSchema,
} from './schemas/logistics';

const idRef = z.object({ id: z.number().int() }).strict();
/** Rows in the order the page lists them, from `offset`; `matched` and `total` both count them all. */
const rowsQuery = gridPageQuerySchema.pick({ offset: true, limit: true }).strict();

/** Logistics: lanes, the newest plan's transfers, shipments and containers, transfer orders, the A/B replay. */
export const logisticsChannels = {
  /** The newest plan's logistics as the page first shows it (computed in the read worker), or what is missing for it. */
  'logistics:overview': channel(none, logisticsOverviewSchema),
  /** A page of the newest plan's transfer drafts / shipments, for the tables' later pages. */
  'logistics:transfers': channel(rowsQuery, gridPageSchema(transferDraftSchema)),
  'logistics:shipments': channel(rowsQuery, gridPageSchema(shipmentLineSchema)),
  /** Every shipment of the newest plan as a dot on the Shipments tab's timeline. */
  'logistics:shipmentTimeline': channel(none, z.array(shipmentPointSchema)),
  'logistics:lanes': channel(none, z.array(laneRowSchema)),
  'logistics:saveLane': channel(laneInputSchema, laneRowSchema),
  'logistics:deleteLane': channel(idRef, z.null()),
  'logistics:transferOrders': channel(none, z.array(transferOrderRowSchema)),
  'logistics:approveTransfer': channel(transferApprovalSchema, transferOrderRowSchema),
  'logistics:receiveTransfer': channel(
    z.object({ id: z.number().int(), receivedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').optional() }).strict(),
    transferOrderRowSchema,
  ),
  'logistics:cancelTransfer': channel(idRef, transferOrderRowSchema),
  'logistics:replay': channel(replayInputSchema, z.object({ jobId: z.string() })),
  'logistics:replays': channel(none, z.array(logisticsReplaySchema)),
} as const;
