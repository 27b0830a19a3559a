import type { Cell } from '../../ground/files/read/cell';
import type { DateOrder } from '../types';

const SHORT_DATE = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b/;

export interface DateOrderGuess {
  order: DateOrder;
  /** Every value fits both day/month and month/day: the order is a guess and must be asked for. */
  ambiguous: boolean;
  /** Values whose first part is above 12 (only day-first reads them). */
  dayFirst: number;
  /** Values whose second part is above 12 (only month-first reads them). */
  monthFirst: number;
  /** Values written as dd/mm/yy(yy) or mm/dd/yy(yy). */
  short: number;
}

/**
 * Counts, value by value, what a date column says about its day/month order: one value with a
 * first part above 12 is only a date day-first, and vice versa. Fed every value of a column (the
 * import's pass over the whole file), so a file whose first thousands of rows all have days ≤ 12
 * is still told apart by its later rows.
 */
export class DateOrderTally {
  dayFirst = 0;
  monthFirst = 0;
  short = 0;
  // Files are usually sorted by date: the same text repeats row after row.
  private lastText: string | null = null;
  private lastKind = 0;

  add(cell: Cell): void {
    if (typeof cell !== 'string') return;
    const kind = cell === this.lastText ? this.lastKind : classify(cell);
    this.lastText = cell;
    this.lastKind = kind;
    if (kind === 0) return;
    this.short++;
    if (kind === 2) this.dayFirst++;
    else if (kind === 3) this.monthFirst++;
  }

  /** The order the values say: day-first or month-first by the larger count; month/day (flagged ambiguous) when none decides. */
  verdict(): DateOrderGuess {
    const counts = { dayFirst: this.dayFirst, monthFirst: this.monthFirst, short: this.short };
    if (this.short === 0) return { order: 'YMD', ambiguous: false, ...counts };
    if (this.dayFirst === 0 && this.monthFirst === 0) return { order: 'MDY', ambiguous: true, ...counts };
    return { order: this.dayFirst >= this.monthFirst ? 'DMY' : 'MDY', ambiguous: false, ...counts };
  }
}

/** 0: not a short date; 1: fits both orders; 2: day first only; 3: month first only. */
function classify(text: string): number {
  const match = SHORT_DATE.exec(text);
  if (!match) return 0;
  const a = Number(match[1]);
  const b = Number(match[2]);
  if (a > 12 && b <= 12) return 2;
  if (b > 12 && a <= 12) return 3;
  return 1;
}

/** The order a set of values says (see `DateOrderTally`). */
export function inferDateOrder(samples: readonly Cell[]): DateOrderGuess {
  const tally = new DateOrderTally();
  for (const cell of samples) tally.add(cell);
  return tally.verdict();
}

/** Why an order was chosen, in words for the CLI and logs: "day-first: 23,641 values have day > 12". */
export function dateOrderReason(guess: Pick<DateOrderGuess, 'order' | 'dayFirst' | 'monthFirst'>): string {
  const n = (v: number) => v.toLocaleString('en');
  if (guess.order === 'DMY') {
    return `day-first: ${n(guess.dayFirst)} ${guess.dayFirst === 1 ? 'value has' : 'values have'} day > 12` +
      (guess.monthFirst > 0 ? ` (${n(guess.monthFirst)} read month-first are refused)` : '');
  }
  if (guess.order === 'MDY') {
    return `month-first: ${n(guess.monthFirst)} ${guess.monthFirst === 1 ? 'value has' : 'values have'} day > 12 in second place` +
      (guess.dayFirst > 0 ? ` (${n(guess.dayFirst)} read day-first are refused)` : '');
  }
  return 'year-first';
}
