import type { KeyFigure, KeyFigureId } from '../../../shared/contract/schemas/dashboard';
import { oneDecimal, type Formatters } from '../../i18n/format';
import type { MessageKey, Translate } from '../../i18n/translate';
import type { PageKey } from '../../hooks/route';

/** The figure's value as people read it: money whole, rates as percentages, cover in weeks. */
export function formatFigureValue(t: Translate, format: Formatters, unit: KeyFigure['unit'], value: number | null): string {
  if (value === null) return '—';
  switch (unit) {
    case 'money':
      return format.moneyWhole(value);
    case 'percent':
      return `${format.number(Math.round(value * 1000) / 10)}%`;
    case 'weeks':
      return t('dashboard.figure.weeks', { value: oneDecimal(format, value) });
    default:
      return format.integer(value);
  }
}

/** The size of a change: percentage points for rates, the figure's own unit otherwise. */
export function formatChange(t: Translate, format: Formatters, figure: KeyFigure): string {
  const amount = Math.abs(figure.change ?? 0);
  if (figure.unit === 'percent') return t('dashboard.figure.points', { value: format.number(Math.round(amount * 1000) / 10) });
  return formatFigureValue(t, format, figure.unit, amount);
}

export type ChangeTone = 'good' | 'bad' | 'neutral';

/** Green when the figure moved the good way, red when the bad way; grey when it did not move or has no good way. */
export function changeTone(figure: KeyFigure): ChangeTone {
  if (figure.change === null || figure.change === 0 || figure.betterWhen === 'neither') return 'neutral';
  return figure.change > 0 === (figure.betterWhen === 'up') ? 'good' : 'bad';
}

export function noteText(t: Translate, format: Formatters, note: NonNullable<KeyFigure['note']>): string | null {
  if (note.value === null) return null;
  const value = note.kind === 'mase' ? format.number(Math.round(note.value * 100) / 100) : formatFigureValue(t, format, note.unit, note.value);
  return t(`dashboard.note.${note.kind}`, { value });
}

/** Where a click on each figure leads: the page where it can be acted on. */
export const FIGURE_TARGETS: Record<KeyFigureId, { page: PageKey; sub?: string; label: MessageKey }> = {
  stockValue: { page: 'replenishment', label: 'dashboard.target.replenishment' },
  weeksOfCover: { page: 'replenishment', label: 'dashboard.target.replenishment' },
  forecastAccuracy: { page: 'forecasts', sub: 'accuracy', label: 'dashboard.target.forecasts' },
  fillRate: { page: 'replenishment', label: 'dashboard.target.replenishment' },
  supplierOtif: { page: 'suppliers', label: 'dashboard.target.suppliers' },
  openPoValue: { page: 'data', sub: 'purchaseOrders', label: 'dashboard.target.purchaseOrders' },
  overduePoLines: { page: 'data', sub: 'purchaseOrders', label: 'dashboard.target.purchaseOrders' },
};
