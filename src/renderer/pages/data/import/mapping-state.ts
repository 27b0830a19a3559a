import type { FileInspectionView, ImportKindFields, ImportMappingInput } from '../../../../shared/contract/schemas/import';

/** One file column in the mapping table: the field it goes to (null: not imported). */
export interface ColumnChoice {
  index: number;
  header: string;
  field: string | null;
  confidence: number;
  /** The user chose this one; confidence no longer applies. */
  manual: boolean;
}

export function choicesFrom(inspection: FileInspectionView): ColumnChoice[] {
  return inspection.columns.map((c) => ({ index: c.index, header: c.header, field: c.field, confidence: c.confidence, manual: false }));
}

/** A field goes to one column only: giving it to this column takes it from any other. */
export function assignField(choices: readonly ColumnChoice[], index: number, field: string | null): ColumnChoice[] {
  return choices.map((c) => {
    if (c.index === index) return { ...c, field, manual: true };
    if (field !== null && c.field === field) return { ...c, field: null, manual: true };
    return c;
  });
}

/** Required fields of the kind that no column is mapped to. */
export function missingFields(kind: ImportKindFields | undefined, choices: readonly ColumnChoice[]): string[] {
  if (!kind) return [];
  const mapped = new Set(choices.map((c) => c.field));
  return kind.fields.filter((f) => f.required && !mapped.has(f.key)).map((f) => f.key);
}

/**
 * The mapping the back end takes: columns by header text, or by position when the header is
 * blank or appears twice (so the same mapping fits next week's file of the same shape).
 */
export function toMapping(choices: readonly ColumnChoice[], base: ImportMappingInput, dateOrder: ImportMappingInput['dateOrder'] | 'auto'): ImportMappingInput {
  const counts = new Map<string, number>();
  for (const c of choices) counts.set(c.header, (counts.get(c.header) ?? 0) + 1);
  const columns: Record<string, string | number> = {};
  for (const c of choices) {
    if (c.field === null) continue;
    columns[c.field] = c.header.trim() !== '' && counts.get(c.header) === 1 ? c.header : c.index;
  }
  const { columns: _old, dateOrder: _order, ...rest } = base;
  return { ...rest, columns, ...(dateOrder !== 'auto' ? { dateOrder } : {}) };
}

export type ConfidenceLevel = 'high' | 'medium' | 'low' | 'manual';

export function confidenceLevel(choice: ColumnChoice): ConfidenceLevel {
  if (choice.manual) return 'manual';
  if (choice.confidence >= 0.8) return 'high';
  return choice.confidence >= 0.5 ? 'medium' : 'low';
}
