/** Logistics (物流优化): lanes, transfer drafts, mode choice and split shipments, containers across suppliers, landed cost, expedite candidates. */

export { planLogistics, planAlertLogistics, LOGISTICS_STEPS, type AlertLogistics } from './plan-logistics';
export { listLanes, laneCount, saveLane, deleteLane, tariffOf } from './lanes';
export { describeReason, describeNote } from './describe';
export { weekStartDay } from './consolidate';
export { measureTransit, saveMeasuredTransit, withMeasuredTransit, type TransitMeasure } from './measured-transit';
export type { TransitMeasurer } from './inputs';
export type * from './types';
export { LOGISTICS_COLUMNS, LOGISTICS_FORMAT, LOGISTICS_MINOR_VERSION, LOGISTICS_VERSION, logisticsRows, type LogisticsRow } from './export/format';
export { writeLogisticsFile, logisticsCsv, logisticsJson, logisticsWorkbook, type LogisticsExportFormat } from './export/write-export';
