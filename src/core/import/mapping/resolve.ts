import { AppError } from '../../ground/errors/app-error';
import type { KindSpec } from '../kinds/fields';
import type { ColumnIndex } from '../kinds/kind';
import { normaliseHeader } from '../parse/text';
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
    const col = findColumn(headers, ref);
    if (col < 0) {
      throw new AppError('invalid_input', `The mapping puts ${field} in column "${ref}", which is not in ${file}; its columns are ${listHeaders(headers)}`, {
        file,
        field,
        column: String(ref),
        row: 0,
      });
    }
    columns[field] = col;
  }
  const missing = spec.fields.filter((f) => f.required && columns[f.key] === undefined);
  if (missing.length > 0) {
    const names = missing.map((f) => `${f.label} (${f.key})`).join(', ');
    throw new AppError(
      'invalid_input',
      `${file} has no column for ${names}, which ${spec.label.toLowerCase()} need. Its columns are ${listHeaders(headers)}; map them with a mapping file`,
      { file, row: 0, column: '', missing: missing.map((f) => f.key) },
    );
  }
  return columns;
}

function findColumn(headers: readonly string[], ref: string | number): number {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 0 && ref < headers.length ? ref : -1;
  const exact = headers.indexOf(ref);
  if (exact >= 0) return exact;
  const trimmed = headers.findIndex((h) => h.trim() === ref.trim());
  if (trimmed >= 0) return trimmed;
  const wanted = normaliseHeader(ref);
  return wanted ? headers.findIndex((h) => normaliseHeader(h) === wanted) : -1;
}

function listHeaders(headers: readonly string[]): string {
  const shown = headers.slice(0, 30).map((h, i) => (h.trim() ? `"${h}"` : `#${i}`));
  return shown.join(', ') + (headers.length > 30 ? ` and ${headers.length - 30} more` : '');
}
