import type { ColDef } from 'ag-grid-community';
import type { GridColumnFilter, GridCondition } from '../../shared/contract/schemas/grid-page';

/**
 * A coded column (demand class, status) shows words in the user's language; the core stores codes.
 * The column names its codes and how each is shown, so a text filter on the words becomes a filter
 * on the codes whose words match. Put it in the column's `context`.
 */
export interface CodedColumn {
  codes: readonly string[];
  label(code: string): string;
}

export function codedContext(codes: readonly string[], label: (code: string) => string): { coded: CodedColumn } {
  return { coded: { codes, label } };
}

type TextCondition = { filterType: 'text'; type: string; filter?: string | null };

function textMatches(condition: TextCondition, shown: string): boolean {
  const value = shown.toLowerCase();
  const text = (condition.filter ?? '').toLowerCase();
  switch (condition.type) {
    case 'contains':
      return value.includes(text);
    case 'notContains':
      return !value.includes(text);
    case 'equals':
      return value === text;
    case 'notEqual':
      return value !== text;
    case 'startsWith':
      return value.startsWith(text);
    case 'endsWith':
      return value.endsWith(text);
    case 'blank':
      return value === '';
    case 'notBlank':
      return value !== '';
    default:
      return true;
  }
}

/** AG Grid's filter model as the core takes it: text filters on coded columns become code lists. */
export function serverFilter(model: Record<string, unknown>, columnDef: (colId: string) => ColDef | null): Record<string, GridColumnFilter> {
  const out: Record<string, GridColumnFilter> = {};
  for (const [colId, filter] of Object.entries(model ?? {})) {
    const coded = (columnDef(colId)?.context as { coded?: CodedColumn } | undefined)?.coded;
    if (!coded) {
      out[colId] = filter as GridColumnFilter;
      continue;
    }
    const f = filter as TextCondition & { operator?: 'AND' | 'OR'; conditions?: TextCondition[] };
    const conditions = f.conditions ?? [f];
    const keep = (code: string) => {
      const results = conditions.map((c) => textMatches(c, coded.label(code)));
      return f.operator === 'OR' ? results.some(Boolean) : results.every(Boolean);
    };
    const codes: GridCondition = { filterType: 'codes', values: coded.codes.filter(keep) };
    out[colId] = codes;
  }
  return out;
}
