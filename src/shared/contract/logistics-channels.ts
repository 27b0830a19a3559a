import { z } from 'zod';
import { channel, none } from './channel';
import {
  laneInputSchema,
  laneRowSchema,
  logisticsOverviewSchema,
  logisticsReplaySchema,
  replayInputSchema,
  transferApprovalSchema,
  transferOrderRowSchema,
} from './schemas/logistics';

const idRef = z.object({ id: z.number().int() }).strict();

/** Logistics: lanes, the newest plan's transfers, shipments and containers, transfer orders, the A/B replay. */
export const logisticsChannels = {
  /** The newest plan's logistics (computed in the read worker), or what is missing for it. */
  'logistics:overview': channel(none, logisticsOverviewSchema),
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
