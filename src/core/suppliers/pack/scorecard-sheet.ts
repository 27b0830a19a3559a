import type ExcelJS from 'exceljs';
import type { SupplierDetail } from '../supplier-detail';
import { fitColumnWidths, FORMAT, freezeRows, styleHeader, styleTitle } from '../../ground/files/xlsx-style';
import { addSafeRow, type CellValue } from '../../ground/files/safe-cell';

type MetricRow = [label: string, value: CellValue, format: string | null, basis: string, definition: string];

/** The supplier's scorecard and its OTIF by month, for the supplier to read. */
export function addScorecardSheet(workbook: ExcelJS.Workbook, detail: SupplierDetail): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Scorecard');
  const { scorecard: card } = detail;
  styleTitle(addSafeRow(sheet, [`Supplier scorecard: ${card.name}`]));
  addSafeRow(sheet, ['Supplier code', card.code, 'Period (due dates)', `${detail.from} to ${detail.to}`, 'As of', detail.asOf]);
  addSafeRow(sheet, ['On-time tolerance (days)', detail.settings.toleranceDays]);
  freezeRows(sheet, 3);
  addSafeRow(sheet, []);

  styleHeader(addSafeRow(sheet, ['Metric', 'Value', 'Based on', 'Definition']));
  for (const [label, value, format, basis, definition] of metricRows(detail)) {
    const row = addSafeRow(sheet, [label, value, basis, definition]);
    if (format) row.getCell(2).numFmt = format;
  }
  addSafeRow(sheet, []);

  styleTitle(addSafeRow(sheet, ['OTIF by month']));
  styleHeader(
    addSafeRow(sheet, ['Month', 'PO lines', 'Deliveries', 'Overdue', 'On time', 'In full', 'OTIF', 'Fill rate', 'Mean lead time (days)', 'Rejected']),
  );
  for (const { month, metrics: m } of detail.monthly) {
    const row = addSafeRow(sheet, [
      month, m.poLines, m.deliveries, m.overdueLines, m.onTimeRate, m.inFullRate, m.otif, m.fillRate, m.leadTime?.mean ?? null, m.rejectionRate,
    ]);
    [5, 6, 7, 8, 10].forEach((c) => (row.getCell(c).numFmt = FORMAT.percent));
    row.getCell(9).numFmt = FORMAT.decimal;
  }
  fitColumnWidths(sheet);
  sheet.getColumn(4).width = 60;
  return sheet;
}

function metricRows(detail: SupplierDetail): MetricRow[] {
  const { score, trend, metrics: m } = detail.scorecard;
  const lines = `${m.poLines} PO lines`;
  const of = (n: number) => `${n} of ${m.poLines} PO lines`;
  const lt = m.leadTime;
  return [
    ['Score (0–100)', score.score, FORMAT.decimal, score.lowData ? `only ${score.evidence} PO lines` : lines,
      'Weighted OTIF, fill rate, lead-time reliability and quality; few deliveries lean toward the category average'],
    ['Grade', score.grade, null, '', 'A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, E below'],
    ['Trend (points)', trend.delta, FORMAT.decimal, 'last 90 days vs the 90 before', 'Positive = improving'],
    ['PO lines judged', m.poLines, FORMAT.integer, '', 'Lines due in the period that were delivered or are overdue'],
    ['Deliveries', m.deliveries, FORMAT.integer, '', 'Judged lines with at least one receipt'],
    ['Overdue lines', m.overdueLines, FORMAT.integer, '', 'Past due (plus tolerance) with nothing received'],
    ['On time', m.onTimeRate, FORMAT.percent, of(m.counts.onTime), 'First receipt on or before the promised date + tolerance'],
    ['In full', m.inFullRate, FORMAT.percent, of(m.counts.inFull), 'Accepted (received − rejected) ≥ ordered'],
    ['OTIF', m.otif, FORMAT.percent, of(m.counts.otif), 'The full ordered quantity accepted by the promised date + tolerance'],
    ['Fill rate', m.fillRate, FORMAT.percent, `${fmt(m.counts.acceptedUnits)} of ${fmt(m.counts.orderedUnits)} units`, 'Accepted ÷ ordered units'],
    ['Lead time, mean (days)', lt?.mean ?? null, FORMAT.decimal, `${lt?.samples ?? 0} deliveries`, 'First receipt − order date'],
    ['Lead time, median (days)', lt?.median ?? null, FORMAT.decimal, '', ''],
    ['Lead time, 90th percentile (days)', lt?.p90 ?? null, FORMAT.decimal, '', '9 in 10 deliveries arrive within this'],
    ['Lead time, spread (sd, days)', lt?.sd ?? null, FORMAT.decimal, '', ''],
    ['Promised lead time (days)', m.promisedLeadTimeMean, FORMAT.decimal, '', 'Promised date − order date'],
    ['Lead-time bias (days)', m.leadTimeBiasDays, FORMAT.decimal, '', 'Mean actual − promised; positive = slower than promised'],
    ['Lead-time reliability', m.leadTimeReliability, FORMAT.percent, of(m.counts.withinLeadWindow), 'Within ± max(1 day, tolerance, 10%) of the promised lead time'],
    ['Rejection rate', m.rejectionRate, FORMAT.percent, `${fmt(m.counts.rejectedUnits)} of ${fmt(m.counts.receivedUnits)} units`, 'Rejected ÷ received'],
    ['Price variance', m.priceVariance, FORMAT.percent, '', 'PO price vs agreed price, value-weighted'],
    ['Orders', m.orders, FORMAT.integer, `${m.lines} lines`, 'Purchase orders with lines due in the period'],
    ['Spend', m.spend, FORMAT.money, '', 'Ordered quantity × unit cost'],
  ];
}

function fmt(units: number): string {
  return Math.round(units).toLocaleString('en');
}
