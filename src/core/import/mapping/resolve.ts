import { AppError } from '../../ground/errors/app-error';
import type { KindSpec } from '../kinds/fields';
import type { ColumnIndex } from '../kinds/kind';
import { columnLetter, normaliseHeader } from '../parse/text';
import { shortValue } from '../problems';
import type { ImportMapping } from '../types';

/**
 * Turn a mapping (fields → header text or position) into column positions for this
 * file, refusing unknown fields, absent columns and unmapped required fields with a
 * message that lists what the file does have.
 */
export function resolveMapping(spec: KindSpec, headers: readonly string[], mapping: ImportMapping, file: string): ColumnIndex {
  const columns: Record<string, number> = {};
  const known = new Set(spec.fields.map((f) => f.key));
  for (const [field, ref] of Object.entries(mapping.columns)) {
    if (!known.has(field)) {
      throw new AppError('invalid_input', `The mapping names a field "${field}" that ${spec.label.toLowerCase()} do not have; the fields are ${[...known].join(', ')}`, {
        file,
        field,
      });
    }
    const found = findColumns(headers, ref);
    const col = found[0] ?? -1;
    if (col < 0) {
      throw new AppError('invalid_input', `The mapping puts ${field} in column "${shortValue(ref)}", which is not in ${file}; its columns are ${listHeaders(headers)}`, {
        file,
        field,
        column: shortValue(ref),
        row: 0,
        reason: 'mapping_column_absent',
      });
    }
    if (found.length > 1) {
      // Taking the first of two columns named alike would silently ignore the other's values.
      const letters = found.map(columnLetter).join(' and ');
      throw new AppError(
        'invalid_input',
        `${file} has more than one column named "${shortValue(headers[col])}" (columns ${letters}), so it is not clear which one holds ${field}. Rename or remove the duplicate column, or map ${field} by column position`,
        { file, field, column: shortValue(headers[col]), columns: found, row: 0, reason: 'mapping_duplicate_column' },
      );
    }
    columns[field] = col;
  }
  const missing = spec.fields.filter((f) => f.required && columns[f.key] === undefined);
  if (missing.length > 0) {
    const names = missing.map((f) => `${f.label} (${f.key})`).join(', ');
    throw new AppError(
      'invalid_input',
      `${file} has no column for ${names}, which ${spec.label.toLowerCase()} need. Its columns are ${listHeaders(headers)}; map them with a mapping file`,
      { file, row: 0, column: '', missing: missing.map((f) => f.key), reason: 'mapping_missing_fields' },
    );
  }
  return columns;
}

/** Every column a reference names, at the closest level that names any: exact text, trimmed, normalised. A position names one. */
function findColumns(headers: readonly string[], ref: string | number): number[] {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 0 && ref < headers.length ? [ref] : [];
  const wanted = normaliseHeader(ref);
  const tests: ((h: string) => boolean)[] = [(h) => h === ref, (h) => h.trim() === ref.trim(), (h) => wanted !== '' && normaliseHeader(h) === wanted];
  for (const test of tests) {
    const found: number[] = [];
    headers.forEach((h, i) => {
      if (test(h)) found.push(i);
    });
    if (found.length > 0) return found;
  }
  return [];
}

function listHeaders(headers: readonly string[]): string {
  const shown = headers.slice(0, 30).map((h, i) => (h.trim() ? `"${shortValue(h)}"` : `#${i}`));
  return shown.join(', ') + (headers.length > 30 ? ` and ${headers.length - 30} more` : '');
}
