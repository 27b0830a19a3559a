import type { InferredFormats, FormatHints } from './formats';
import type { KindSpec } from './kinds/fields';
import type { ColumnIndex } from './kinds/kind';
import { DateOrderTally, dateOrderReason } from './parse/date-order';
import { DecimalTally } from './parse/numbers';
import type { Cell } from '../ground/files/read/cell';
import type { DateOrder, DateOrderReport, DecimalSeparator } from './types';

interface DateColumn {
  field: string;
  col: number;
  column: string;
  used: DateOrder;
  given: boolean;
  /** The order was a guess (the head's values all fit both): a value that only the other order reads proves it wrong. */
  guessed: boolean;
  tally: DateOrderTally;
}

interface DecimalColumn {
  col: number;
  used: DecimalSeparator;
  tally: DecimalTally;
}

/**
 * The formats guessed from the file's head, checked against every value of the file: the import
 * feeds each row's date and number cells here, and at the end this says whether the whole file
 * agrees with the guess — or which formats to read the file again with, or that the day/month
 * order cannot be told and must be asked for.
 */
export class FormatTallies {
  private readonly dates: DateColumn[] = [];
  private readonly decimals: DecimalColumn[] = [];
  private readonly guessedDates: DateColumn[] = [];
  /** A guessed order met a value it cannot read: the file will be read again, so its rows need not be checked now. */
  contradicted = false;

  constructor(spec: KindSpec, columns: ColumnIndex, headers: readonly string[], inferred: InferredFormats) {
    for (const field of spec.fields) {
      const col = columns[field.key];
      if (col === undefined || col < 0) continue;
      if (field.type === 'date' || field.type === 'datetime') {
        const used = inferred.dateOrders[field.key];
        if (!used) continue;
        const column: DateColumn = { field: field.key, col, column: headers[col] || field.label, used: used.order, given: used.given, guessed: used.ambiguous && !used.given, tally: new DateOrderTally() };
        this.dates.push(column);
        if (column.guessed) this.guessedDates.push(column);
      } else if ((field.type === 'number' || field.type === 'integer') && !inferred.decimalsGiven) {
        this.decimals.push({ col, used: inferred.formats.decimals[col] ?? '.', tally: new DecimalTally() });
      }
    }
  }

  add(cells: readonly Cell[]): void {
    for (const d of this.dates) d.tally.add(cells[d.col] ?? null);
    for (const d of this.decimals) d.tally.add(cells[d.col] ?? null);
    if (this.contradicted) return;
    for (const d of this.guessedDates) {
      if (d.used === 'MDY' ? d.tally.dayFirst > 0 : d.tally.monthFirst > 0) this.contradicted = true;
    }
  }

  /** Formats the whole file says, where they differ from those the rows were read with; null when it agrees. */
  redo(): FormatHints | null {
    const hints: FormatHints = {};
    let differs = false;
    for (const d of this.dates) {
      if (d.given) continue;
      const verdict = d.tally.verdict();
      if (!verdict.ambiguous && verdict.order !== d.used) differs = true;
      if (!verdict.ambiguous && hints.dateOrder === undefined) hints.dateOrder = verdict.order;
    }
    for (const d of this.decimals) {
      const verdict = d.tally.verdict();
      (hints.decimals ??= {})[d.col] = verdict;
      if (verdict !== d.used) differs = true;
    }
    return differs || this.contradicted ? hints : null;
  }

  reports(): DateOrderReport[] {
    return this.dates
      .filter((d) => d.tally.short > 0 || d.given)
      .map((d) => {
        const verdict = d.tally.verdict();
        const source = d.given ? 'given' : verdict.ambiguous ? 'ask' : 'data';
        const reason =
          source === 'given'
            ? 'as given'
            : source === 'ask'
              ? `every one of ${verdict.short.toLocaleString('en')} values fits both day/month and month/day`
              : dateOrderReason(verdict);
        return { field: d.field, column: d.column, order: d.used, source, dayFirst: verdict.dayFirst, monthFirst: verdict.monthFirst, reason };
      });
  }
}
