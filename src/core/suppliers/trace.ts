import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { dueInPeriod, emptyVerdict, judgeLine } from './judge-line';
import { loadLineFacts, NO_DAY } from './line-facts';
import { TRACEABLE_METRICS, type TraceableMetric } from './metric-definitions';
import { periodLabel, resolvePeriod, type Period, type PeriodOptions } from './period';
import { resolveSettings, type ScorecardSettings } from './settings';
import { getSupplier } from './supplier-directory';
import { metricValue, TRACE_RULES, type MetricKind } from './trace-rules';

export interface TraceOptions extends PeriodOptions {
  settings?: Partial<ScorecardSettings>;
  /** Only this SKU (a supplier-SKU metric). */
  productId?: number;
  /** Only lines due in this month (YYYY-MM) of the period: one cell of the monthly table. */
  month?: string;
}

/** A line behind a metric, with every fact the metric used and what it added. */
export interface TracedLine {
  lineId: number;
  poNumber: string;
  lineNo: number;
  sku: string;
  orderDate: string;
  /** The due date used (see metric-definitions.ts for the fallbacks). */
  dueDate: string;
  qtyOrdered: number;
  unitCost: number | null;
  termsUnitCost: number | null;
  confirmedQty: number | null;
  confirmedDate: string | null;
  status: string;
  firstReceiptDate: string | null;
  completeDate: string | null;
  received: number;
  rejected: number;
  delivered: boolean;
  overdue: boolean;
  onTime: boolean;
  inFull: boolean;
  otif: boolean;
  leadTimeDays: number | null;
  promisedLeadTimeDays: number | null;
  withinLeadWindow: boolean;
  numerator: number;
  denominator: number;
}

export interface TracedReceipt {
  id: number;
  poLineId: number;
  receiptDate: string;
  qtyReceived: number;
  qtyRejected: number;
  reference: string | null;
}

export interface MetricTrace {
  metric: TraceableMetric;
  kind: MetricKind;
  supplierId: number;
  productId: number | null;
  asOf: string;
  from: string;
  to: string;
  toleranceDays: number;
  value: number | null;
  numerator: number;
  denominator: number;
  lines: TracedLine[];
  receipts: TracedReceipt[];
}

/** The PO lines and receipts behind one metric of one supplier (or supplier-SKU, or month). */
export function traceSupplierMetric(
  db: Database.Database,
  supplierId: number,
  metric: TraceableMetric,
  options: TraceOptions = {},
): MetricTrace {
  if (!TRACEABLE_METRICS.includes(metric)) {
    throw new AppError('invalid_input', `Unknown metric "${metric}"; one of ${TRACEABLE_METRICS.join(', ')}`, { field: 'metric' });
  }
  getSupplier(db, supplierId);
  const { toleranceDays } = resolveSettings(db, options.settings);
  const period = narrowToMonth(resolvePeriod(db, options), options.month);
  const asOf = isoFromDay(period.asOfDay);
  const facts = loadLineFacts(db, {
    asOf, fromDay: period.fromDay, toDay: period.toDay, supplierIds: [supplierId],
    ...(options.productId !== undefined ? { productIds: [options.productId] } : {}),
  });
  const rule = TRACE_RULES[metric];
  const picked: { index: number; numerator: number; denominator: number; verdict: ReturnType<typeof emptyVerdict> }[] = [];
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < facts.length; i++) {
    if (!dueInPeriod(facts, i, period.fromDay, period.toDay)) continue;
    const verdict = judgeLine(facts, i, period.asOfDay, toleranceDays, emptyVerdict());
    if (!rule.covers(verdict, facts, i)) continue;
    const [num, den] = rule.parts(verdict, facts, i);
    numerator += num;
    denominator += den;
    picked.push({ index: i, numerator: num, denominator: den, verdict });
  }
  const ids = picked.map((p) => facts.lineId[p.index] as number);
  const details = lineDetails(db, ids);
  const day = (d: number) => (d === NO_DAY ? null : isoFromDay(d));
  const lines = picked.map(({ index: i, numerator: num, denominator: den, verdict: v }): TracedLine => {
    const d = details.get(facts.lineId[i] as number)!;
    return {
      lineId: facts.lineId[i] as number,
      ...d,
      dueDate: isoFromDay(facts.dueDay[i] as number),
      termsUnitCost: Number.isNaN(facts.termsCost[i] as number) ? null : (facts.termsCost[i] as number),
      firstReceiptDate: day(facts.firstReceiptDay[i] as number),
      completeDate: day(facts.completeDay[i] as number),
      received: facts.received[i] as number,
      rejected: facts.rejected[i] as number,
      delivered: v.delivered, overdue: v.overdue, onTime: v.onTime, inFull: v.inFull, otif: v.otif,
      leadTimeDays: Number.isNaN(v.leadDays) ? null : v.leadDays,
      promisedLeadTimeDays: Number.isNaN(v.promisedLeadDays) ? null : v.promisedLeadDays,
      withinLeadWindow: v.withinLeadWindow,
      numerator: num,
      denominator: den,
    };
  });
  return {
    metric, kind: rule.kind, supplierId, productId: options.productId ?? null, ...periodLabel(period), toleranceDays,
    value: metricValue(rule.kind, numerator, denominator), numerator, denominator, lines,
    receipts: receiptsOf(db, ids, asOf),
  };
}

type LineDetail = Pick<TracedLine, 'poNumber' | 'lineNo' | 'sku' | 'orderDate' | 'qtyOrdered' | 'unitCost' | 'confirmedQty' | 'confirmedDate' | 'status'>;

function lineDetails(db: Database.Database, ids: readonly number[]): Map<number, LineDetail> {
  const rows = db
    .prepare(
      `SELECT l.id, p.po_number AS poNumber, l.line_no AS lineNo, pr.sku, p.order_date AS orderDate, l.qty_ordered AS qtyOrdered,
              l.unit_cost AS unitCost, l.confirmed_qty AS confirmedQty, l.confirmed_date AS confirmedDate, l.status
       FROM po_lines l JOIN purchase_orders p ON p.id = l.po_id JOIN products pr ON pr.id = l.product_id
       WHERE l.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as (LineDetail & { id: number })[];
  return new Map(rows.map(({ id, ...rest }) => [id, rest]));
}

function receiptsOf(db: Database.Database, ids: readonly number[], asOf: string): TracedReceipt[] {
  return db
    .prepare(
      `SELECT id, po_line_id AS poLineId, receipt_date AS receiptDate, qty_received AS qtyReceived,
              qty_rejected AS qtyRejected, reference
       FROM receipts WHERE po_line_id IN (SELECT value FROM json_each(?)) AND receipt_date <= ?
       ORDER BY po_line_id, receipt_date, id`,
    )
    .all(JSON.stringify(ids), asOf) as TracedReceipt[];
}

function narrowToMonth(period: Period, month: string | undefined): Period {
  if (month === undefined) return period;
  const start = dayFromIso(`${month}-01`);
  if (!/^\d{4}-\d{2}$/.test(month) || Number.isNaN(start)) {
    throw new AppError('invalid_input', `month must look like 2026-05, not "${month}"`, { field: 'month' });
  }
  const [year, m] = month.split('-').map(Number) as [number, number];
  const end = Date.UTC(year, m, 0) / 86_400_000;
  return { ...period, fromDay: Math.max(period.fromDay, start), toDay: Math.min(period.toDay, end) };
}
