import { laneRows, removeLane, saveLaneEdit } from '../../logistics/lane-edits';
import { approveTransfer, cancelTransfer, listTransferOrders, receiveTransfer } from '../../logistics/transfer-orders';
import { listLogisticsReplays } from '../../planning';
import type { AppContext } from '../app-context';
import { writes, type DomainHandlers } from './types';

export function logisticsHandlers(ctx: AppContext): DomainHandlers<'logistics'> {
  const db = () => ctx.requireWorkspace().db;
  return {
    // Planning logistics for a 50,000-SKU plan takes seconds: the scans' read worker computes it once per
    // change and keeps it; these cut what the page shows from it (all three on that worker's connection).
    'logistics:overview': () => ctx.read('logisticsOverview'),
    'logistics:transfers': (page) => ctx.readWith('logisticsTransfers', page),
    'logistics:shipments': (page) => ctx.readWith('logisticsShipments', page),
    'logistics:shipmentTimeline': () => ctx.read('shipmentTimeline'),
    'logistics:lanes': () => laneRows(db()),
    'logistics:saveLane': writes((input) => saveLaneEdit(db(), input)),
    'logistics:deleteLane': writes(({ id }) => {
      removeLane(db(), id);
      return null;
    }),
    'logistics:transferOrders': () => listTransferOrders(db()),
    'logistics:approveTransfer': writes((input) => approveTransfer(db(), input)),
    'logistics:receiveTransfer': writes(({ id, receivedDate }) => receiveTransfer(db(), id, receivedDate)),
    'logistics:cancelTransfer': writes(({ id }) => cancelTransfer(db(), id)),
    'logistics:replay': (input) => ({
      jobId: ctx.startWritingJob('logisticsReplay', {
        path: ctx.requireWorkspace().path,
        ...(input.days !== undefined ? { days: input.days } : {}),
        ...(input.serviceLevel !== undefined ? { serviceLevel: input.serviceLevel } : {}),
      }).jobId,
    }),
    'logistics:replays': () => listLogisticsReplays(db()),
  };
}
