/** Plain English for a logistics reason or note: the CLI's and the export's words (the UI translates kinds itself). */

import { isoFromDay } from '../ground/calendar';
import type { LogisticsNote, LogisticsReason } from './types';

const money = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const units = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1 });

export function describeReason(reason: LogisticsReason): string {
  switch (reason.kind) {
    case 'transfer_pays':
      return `${units(reason.excessUnits)} units spare at the origin; the move prevents ${units(reason.shortUnitsPrevented)} units short (margin ${money(reason.marginSaved)}) for ${money(reason.transferCost)}, ` +
        `less than buying instead (${money(reason.orderingCost)}, the shortage it leaves included${reason.purchaseFreightKnown ? '' : '; inbound freight unknown'})` +
        (reason.purchaseAfterTransfer !== undefined && reason.purchaseAfterTransfer !== reason.plannedPurchase
          ? `; the purchase here drops from ${units(reason.plannedPurchase)} to ${units(reason.purchaseAfterTransfer)}`
          : reason.plannedPurchase > 0 ? `; the plan still buys ${units(reason.plannedPurchase)} here` : '');
    case 'mode_cheapest':
      return `${reason.mode} costs least: freight ${money(reason.freight)} + expected lost margin ${money(reason.lostMargin)} = ${money(reason.total)}` +
        (reason.runnerUp ? ` (${reason.runnerUp.mode}: ${money(reason.runnerUp.freight)} + ${money(reason.runnerUp.lostMargin)} = ${money(reason.runnerUp.total)})` : '');
    case 'split_urgent':
      return `split: ${units(reason.urgentUnits)} by ${reason.urgentMode} to cover until the ${reason.restMode} part (${units(reason.restUnits)}) lands; ` +
        `freight ${money(reason.freight)} + lost margin ${money(reason.lostMargin)} = ${money(reason.total)} against ${money(reason.bestSingle.total)} all by ${reason.bestSingle.mode}`;
    case 'only_lane':
      return `only lane: ${reason.mode}, freight ${money(reason.freight)}`;
    case 'expedite_pays':
      return `${reason.poNumber} lands ${isoFromDay(reason.currentArrivalDay)}, after the stock-out on ${isoFromDay(reason.stockoutDay)}; by ${reason.mode} it lands ${isoFromDay(reason.expeditedArrivalDay)}: ` +
        `extra freight ${money(reason.extraFreight)} saves margin ${money(reason.marginSaved)}`;
  }
}

export function describeNote(note: LogisticsNote): string {
  switch (note.kind) {
    case 'no_lane':
      return `${note.lines} line(s) from ${note.supplier} to ${note.to} have no lane: import one (import --kind lanes)`;
    case 'no_transfer_lane':
      return `no transfer lane from ${note.from} to ${note.to}: transfers between them were not considered; import one (import --kind lanes)`;
    case 'missing_unit_size':
      return `${note.skus} SKU(s) lack a unit ${note.figure} their lanes charge by (e.g. ${note.example}): import the catalogue with ${note.figure === 'volume' ? 'unit volume (m³)' : 'unit weight (kg)'}`;
    case 'no_margin':
      return `${note.skus} SKU(s) have no price: lost margin counted as their unit cost; import the catalogue with prices`;
    case 'no_purchase_freight':
      return `${note.transfers} transfer(s) compared with buying on holding cost only: the destination has no priced inbound lane`;
  }
}
