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

/** A cell as its field's type reads it; null when blank (a required field's absence is reported). */
export type FieldValue = string | number | boolean | null;

/** Reads one cell by its field's type: every rule the spec states (required, number, whole number, minimum, above zero, date, yes/no). */
export function readField(r: RowReader, col: number, field: FieldSpec): FieldValue {
  switch (field.type) {
    case 'text':
    case 'code':
      return r.text(col, field);
    case 'number':
    case 'integer':
      return r.number(col, field);
    case 'date':
    case 'datetime':
      return r.date(col, field);
    case 'boolean':
      return r.boolean(col, field);
  }
}

export interface SpecValidatorOptions<R, K extends string> {
  /** The record reused for every row, with its values for an empty row. */
  record: R;
  /** The fields read, in this order (the order problems of one row are reported in). */
  keys: readonly K[];
  /** Record fields the kind sets itself in `extra` rather than copied from the field of that name. */
  derived?: readonly (keyof R & string)[];
  /** The kind's own rules and conversions, after every field was read. */
  extra?: (r: RowReader, record: R, values: Readonly<Record<K, FieldValue>>, cols: Readonly<Record<K, number>>) => void;
}

/**
 * A kind's row validator generated from its field spec: each field is read by its type into the
 * record field of the same name (a required field that failed reads as '' or 0, like an empty
 * record), then the kind's `extra` rules run. Messages are the row reader's, naming row and column.
 */
export function specValidator<R extends object, K extends string>(
  spec: KindSpec,
  columns: ColumnIndex,
  options: SpecValidatorOptions<R, K>,
): RowValidator<R> {
  const { record, keys, extra } = options;
  const fields = fieldMap(spec, keys);
  const cols = columnsFor(columns, keys);
  const derived = new Set<string>(options.derived ?? []);
  const copied = keys.filter((key) => key in record && !derived.has(key));
  const values = Object.fromEntries(keys.map((key) => [key, null])) as Record<K, FieldValue>;
  const target = record as Record<string, unknown>;
  return {
    record,
    validate(r) {
      for (const key of keys) values[key] = readField(r, cols[key], fields[key]);
      for (const key of copied) target[key] = values[key] ?? emptyValue(fields[key]);
      extra?.(r, record, values, cols);
      return r.ok;
    },
  };
}

/** What a required field that failed holds: the empty record's value. */
function emptyValue(field: FieldSpec): FieldValue {
  if (!field.required) return null;
  return field.type === 'number' || field.type === 'integer' ? 0 : field.type === 'boolean' ? false : '';
}

/** Currency codes are stored in capitals. */
export function upperCurrency(values: Readonly<Record<string, FieldValue>>): string | null {
  return typeof values.currency === 'string' ? values.currency.toUpperCase() : null;
}
