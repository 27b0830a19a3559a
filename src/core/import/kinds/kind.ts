import type { Cell } from '../../ground/files/read/cell';
import { fieldOf, type FieldSpec, type KindSpec } from './fields';
import type { RowReader } from './row-reader';

/** Field key → 0-based column in the file, -1 when the field is not in the file. */
export type ColumnIndex = Readonly<Record<string, number>>;

/**
 * Turns the current row into a typed record. The record object is reused for every
 * row (a million-row file must not make a million objects); writers copy what they keep.
 */
export interface RowValidator<R> {
  readonly record: R;
  /** False when the row has an error (already reported through the reader). */
  validate(reader: RowReader): boolean;
}

export interface KindDefinition<R = unknown> {
  spec: KindSpec;
  /** `samples` are the first data rows, for conventions decided per file. */
  createValidator(columns: ColumnIndex, samples: readonly (readonly Cell[])[]): RowValidator<R>;
}

export function columnOf(columns: ColumnIndex, key: string): number {
  return columns[key] ?? -1;
}

/** The columns of the listed fields, typed so validators read `cols.sku` without checks. */
export function columnsFor<K extends string>(columns: ColumnIndex, keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of keys) out[key] = columnOf(columns, key);
  return out;
}

export function fieldMap<K extends string>(spec: KindSpec, keys: readonly K[]): Record<K, FieldSpec> {
  const out = {} as Record<K, FieldSpec>;
  for (const key of keys) out[key] = fieldOf(spec, key);
  return out;
}
