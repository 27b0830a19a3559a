import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { computeKeyFigures, KEY_DEFINITIONS, type KeyFigure, type KeyFigures } from '../../core/monitoring/key-figures';
import { parseCommandArgs, requireOption } from '../args';
import { MAX_LINE, wrapLine } from '../short-lines';

const LABELS: Record<KeyFigure['id'], string> = {
  stockValue: 'Stock value (at cost)',
  weeksOfCover: 'Weeks of cover',
  forecastAccuracy: 'Forecast accuracy',
  fillRate: 'Fill rate',
  supplierOtif: 'Supplier OTIF',
  openPoValue: 'Open PO value',
  overduePoLines: 'Overdue PO lines',
};

/** `dashboard`: the Dashboard's key figures as of the workspace's "today", with trend and definition. */
export function dashboardCommand(args: string[]): void {
  const { values } = parseCommandArgs(args, { workspace: { type: 'string' }, json: { type: 'boolean' } });
  const workspace = openWorkspace(path.resolve(requireOption(values.workspace, 'workspace')));
  try {
    const figures = computeKeyFigures(workspace.db);
    if (values.json) {
      console.log(JSON.stringify({ ...figures, figures: figures.figures.map((f) => ({ ...f, definition: KEY_DEFINITIONS[f.id] })) }));
      return;
    }
    console.log(dashboardText(workspace.meta.name, figures));
  } finally {
    workspace.close();
  }
}

export function dashboardText(name: string, { asOf, comparedWith, figures }: KeyFigures): string {
  if (!asOf) return `Workspace "${name}": no sales or stock yet, so no key figures. Import data first.`;
  const lines = [`Key figures of "${name}" as of ${asOf} (change against ${comparedWith})`, ''];
  for (const figure of figures) {
    const basis = figure.basis === 'backtest' ? ' (backtest)' : '';
    const missing = missingText(figure);
    lines.push(
      missing
        ? `${LABELS[figure.id].padEnd(22)} ${'–'.padStart(14)}  ${missing}`
        : `${LABELS[figure.id].padEnd(22)} ${formatValue(figure.value, figure.unit).padStart(14)}  ${formatChange(figure).padEnd(26)}${noteText(figure)}${basis}`,
    );
    lines.push(...wrapLine(`  trend  ${sparkline(figure.trend.map((p) => p.value))}  ${figure.trend.map((p) => formatValue(p.value, figure.unit)).join(' ')}`, MAX_LINE, '         '));
    lines.push(...wrapLine(`  how    ${KEY_DEFINITIONS[figure.id]}`, MAX_LINE, '         '));
  }
  return lines.join('\n');
}

/** A figure that lacks its inputs says which, and what to import, instead of a value. */
export function missingText(figure: KeyFigure): string | null {
  switch (figure.missing?.need) {
    case 'stock':
      return 'needs stock snapshots: import stock on hand (import --kind stock)';
    case 'purchaseOrders':
      return 'needs purchase orders: import them (import --kind purchase-orders)';
    case 'forecastRun':
      return 'needs a forecast: run one (forecast --workspace FILE)';
    case 'salesAfterRun':
      return `measured once sales after ${figure.missing.after} are imported`;
    default:
      return null;
  }
}

function formatValue(value: number | null, unit: KeyFigure['unit']): string {
  if (value === null) return '–';
  switch (unit) {
    case 'percent':
      return `${(value * 100).toFixed(1)}%`;
    case 'weeks':
      return `${value.toFixed(1)} wk`;
    case 'money':
      return Math.round(value).toLocaleString('en');
    default:
      return Math.round(value).toLocaleString('en');
  }
}

function formatChange(figure: KeyFigure): string {
  if (figure.change === null) return 'no previous period';
  const arrow = figure.change > 0 ? '▲' : figure.change < 0 ? '▼' : '=';
  const good = figure.betterWhen === 'neither' || figure.change === 0 ? '' : (figure.change > 0) === (figure.betterWhen === 'up') ? ' better' : ' worse';
  const amount =
    figure.unit === 'percent' ? `${(Math.abs(figure.change) * 100).toFixed(1)} pts` : formatValue(Math.abs(figure.change), figure.unit);
  return `${arrow} ${amount}${good}`;
}

function noteText(figure: KeyFigure): string {
  const note = figure.note;
  if (!note || note.value === null) return '';
  const value = note.kind === 'mase' ? note.value.toFixed(2) : formatValue(note.value, note.unit);
  const label = { mase: 'MASE', overdueValue: 'value', lostUnits: 'units lost', openLines: 'lines', judgedLines: 'lines judged', stockUnits: 'units' }[note.kind];
  return `${label} ${value}`;
}

const BARS = '▁▂▃▄▅▆▇█';

function sparkline(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return '(no trend yet)';
  const min = Math.min(...known);
  const span = Math.max(...known) - min;
  return values.map((v) => (v === null ? ' ' : BARS[span > 0 ? Math.round(((v - min) / span) * (BARS.length - 1)) : 3])).join('');
}
