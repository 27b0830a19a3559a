import type { DraftContainerRow, PlanLineRow } from '../../../shared/contract/schemas/planning';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { percent } from './plan-labels';

type Box = Pick<DraftContainerRow, 'volumeM3' | 'weightKg'>;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** "58 m³" / "21,700 kg"; volumes keep three decimals so a 0.004 m³ mug is not 0. */
export function volumeText(format: Formatters, m3: number): string {
  return `${format.number(round(m3, m3 < 1 ? 3 : 1))} m³`;
}

export function weightText(format: Formatters, kg: number): string {
  return `${format.number(round(kg, kg < 10 ? 2 : 0))} kg`;
}

/** One container as the supplier books it: "58 m³ / 26,500 kg". */
export function boxText(format: Formatters, box: Box): string {
  return [box.volumeM3 !== null ? volumeText(format, box.volumeM3) : null, box.weightKg !== null ? weightText(format, box.weightKg) : null]
    .filter((x): x is string => x !== null)
    .join(' / ');
}

/** "2 × 58 m³ / 26,500 kg, 87% full by volume", or that the rule was skipped. */
export function containerSummary(t: Translate, format: Formatters, c: DraftContainerRow): string {
  const box = boxText(format, c);
  if (c.status === 'no_data' || c.binding === null) return t('plan.drafts.containers.noData', { box });
  return `${t('plan.drafts.containers', { count: c.containers, box, fill: percent(c.fill, 0) })} ${t(`plan.drafts.containersBy.${c.binding}`)}`;
}

/** What would fill the last container, or null when it is full or nothing fits. */
export function containerRoom(t: Translate, format: Formatters, c: DraftContainerRow): string | null {
  if (!c.fillWith || c.binding === null) return null;
  const room = c.binding === 'volume' ? (c.roomVolume !== null ? volumeText(format, c.roomVolume) : null) : c.roomWeight !== null ? weightText(format, c.roomWeight) : null;
  if (room === null) return null;
  return t('plan.drafts.containers.room', { room, units: format.number(c.fillWith.units), sku: c.fillWith.sku });
}

/** A line's space: "1.2 m³ · 48 kg", null figures shown as a dash. */
export function lineSpace(format: Formatters, row: Pick<PlanLineRow, 'quantity' | 'unitVolume' | 'unitWeight'>): { volume: string; weight: string } {
  return {
    volume: row.unitVolume !== null ? volumeText(format, row.quantity * row.unitVolume) : '— m³',
    weight: row.unitWeight !== null ? weightText(format, row.quantity * row.unitWeight) : '— kg',
  };
}
