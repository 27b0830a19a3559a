import type { Formatters } from '../i18n/format';

/** The theme colours every period chart takes from antd's tokens. */
export interface AxisColors {
  text: string;
  border: string;
  split: string;
}

export const round1 = (value: number) => Math.round(value * 10) / 10;

/** A compact legend across the top, in the order given. */
export function topLegend(names: string[], c: AxisColors) {
  return { top: 0, left: 0, itemGap: 8, itemWidth: 14, itemHeight: 8, textStyle: { color: c.text, fontSize: 11 }, data: names };
}

/** Period end dates along the bottom, in the user's date format, thinned where they would overlap. */
export function dateAxis(dates: string[], format: Formatters, c: AxisColors) {
  return {
    type: 'category' as const,
    data: dates,
    axisTick: { show: false },
    axisLabel: { color: c.text, fontSize: 11, hideOverlap: true, formatter: (value: string) => format.date(value) },
    axisLine: { lineStyle: { color: c.border } },
  };
}

/** Units up the side, whole numbers, four gridlines. */
export function unitsAxis(format: Formatters, c: AxisColors) {
  return {
    type: 'value' as const,
    splitNumber: 4,
    axisLabel: { color: c.text, fontSize: 11, formatter: (value: number) => format.integer(value) },
    splitLine: { lineStyle: { color: c.split } },
  };
}
