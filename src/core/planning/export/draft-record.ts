/** A PO draft as the plan's JSON and workbook both write it (write-export.ts, plan-workbook.ts). */

import { escapeCellText } from '../../ground/files/safe-cell';
import type { Plan } from '../types';
import type { ExportedOrder } from './exported-orders';

export type ExportablePlan = Pick<Plan, 'id' | 'planDate' | 'createdAt' | 'runId' | 'lines' | 'drafts'>;

export function draftRecord({ draft: d, status, poNumber }: ExportedOrder) {
  const c = d.container;
  return {
    supplier: escapeCellText(d.supplier), supplier_name: escapeCellText(d.supplierName), location: escapeCellText(d.location),
    currency: d.currency, order_date: d.orderDate, expected_arrival: d.expectedArrival, lines: d.lines, units: d.units,
    value: d.value, min_order_value: d.minOrderValue, min_order_value_met: d.minOrderValueMet,
    container_volume_m3: c?.volumeM3 ?? null, container_weight_kg: c?.weightKg ?? null, max_containers: c?.maxContainers ?? null,
    container_status: c?.status ?? null, containers: c && c.status !== 'no_data' ? c.containers : null,
    container_fill: c && c.status !== 'no_data' ? Math.round(c.fill * 1e4) / 1e4 : null,
    volume_m3: c ? c.volume : null, weight_kg: c ? c.weight : null,
    status, po_number: poNumber === null ? null : escapeCellText(poNumber),
  };
}
