/**
 * The logistics export format, version 1.1 (docs/logistics-export-format.md). One row per transfer
 * draft (kind=transfer) and per shipment line (kind=shipment) of a plan, transfers first. CSV, XLSX
 * ("Logistics" sheet) and JSON ("rows") carry the same fields under the same names; JSON and XLSX
 * add the container loads, the expedite candidates and the notes. Minor versions only add fields at
 * the end; readers ignore what they do not know.
 */

import { describeReason } from '../describe';
import type { LogisticsPlan } from '../types';

export const LOGISTICS_FORMAT = 'supplydesk-logistics';
export const LOGISTICS_VERSION = 1;
export const LOGISTICS_MINOR_VERSION = 1;

export interface LogisticsRow {
  kind: 'transfer' | 'shipment';
  sku: string;
  from: string;
  to: string;
  mode: string;
  quantity: number;
  ship_date: string;
  arrival_date: string;
  freight_cost: number;
  landed_unit_cost: number;
  container: string;
  reason: string;
}

/** Column order of the CSV and the XLSX sheet: the contract. */
export const LOGISTICS_COLUMNS: readonly (keyof LogisticsRow)[] = [
  'kind', 'sku', 'from', 'to', 'mode', 'quantity', 'ship_date', 'arrival_date', 'freight_cost', 'landed_unit_cost', 'container', 'reason',
];

export function logisticsRows(result: Pick<LogisticsPlan, 'transfers' | 'shipments'>): LogisticsRow[] {
  const rows: LogisticsRow[] = [];
  for (const t of result.transfers) {
    rows.push({
      kind: 'transfer', sku: t.sku, from: t.from, to: t.to, mode: t.mode, quantity: t.quantity, ship_date: t.shipDate, arrival_date: t.arrivalDate,
      freight_cost: t.cost, landed_unit_cost: t.landedUnitCost, container: '', reason: describeReason(t.reason),
    });
  }
  for (const s of result.shipments) {
    rows.push({
      kind: 'shipment', sku: s.sku, from: s.supplier, to: s.to, mode: s.mode, quantity: s.quantity, ship_date: s.shipDate, arrival_date: s.arrivalDate,
      freight_cost: s.freightCost, landed_unit_cost: s.landedUnitCost, container: containerCell(s),
      reason: `${s.source === 'open_po' ? `${s.poNumber}: ` : ''}${describeReason(s.reason)}`,
    });
  }
  return rows;
}

/** The box holding (the start of) the row, `+LCL` when part of it ships loose beside the boxes (since 1.1). */
function containerCell(s: LogisticsPlan['shipments'][number]): string {
  if (s.containerId === null) return '';
  return s.looseUnits > 0 ? `${s.containerId}+LCL` : s.containerId;
}
