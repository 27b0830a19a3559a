import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/workspace';
import { normaliseHeader } from '../parse/text';
import { isImportKind, type ImportKind, type ImportMapping } from '../types';

export const importMappingSchema = z.object({
  columns: z.record(z.string(), z.union([z.string(), z.number().int().min(0)])),
  dateOrder: z.enum(['YMD', 'DMY', 'MDY']).optional(),
  decimalSeparator: z.enum(['.', ',']).optional(),
  defaultLocation: z.string().min(1).optional(),
  defaultDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

function parseStored(json: string): ImportMapping | null {
  try {
    const parsed = importMappingSchema.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as ImportMapping) : null;
  } catch {
    return null;
  }
}

/** The mapping saved for this kind and file shape, if any. */
export function loadSavedMapping(db: Db, kind: ImportKind, headers: readonly string[]): ImportMapping | null {
  const row = db.prepare('SELECT mapping FROM import_mappings WHERE signature = ?').get(mappingSignature(kind, headers)) as
    | { mapping: string }
    | undefined;
  return row ? parseStored(row.mapping) : null;
}

/** A file of a known shape: the kind and mapping last used for it. */
export function findSavedShape(db: Db, headers: readonly string[]): { kind: ImportKind; mapping: ImportMapping; source: string | null } | null {
  const rows = db
    .prepare('SELECT kind, mapping, source FROM import_mappings WHERE header_signature = ? ORDER BY updated_at DESC, used_count DESC')
    .all(headerSignature(headers)) as { kind: string; mapping: string; source: string | null }[];
  for (const row of rows) {
    const mapping = parseStored(row.mapping);
    if (mapping && isImportKind(row.kind)) return { kind: row.kind, mapping, source: row.source };
  }
  return null;
}

export function saveMapping(db: Db, kind: ImportKind, headers: readonly string[], mapping: ImportMapping, source: string): void {
  db.prepare(
    `INSERT INTO import_mappings (signature, kind, header_signature, headers, mapping, source, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, source = excluded.source,
       updated_at = excluded.updated_at, used_count = used_count + 1`,
  ).run(
    mappingSignature(kind, headers),
    kind,
    headerSignature(headers),
    JSON.stringify(headers),
    JSON.stringify(mapping),
    source,
    new Date().toISOString(),
  );
}

/** The shape of a file: its normalised headers, in order. Same shape → same mapping. */
export function headerSignature(headers: readonly string[]): string {
  return sha256(headers.map(normaliseHeader).join('\u001f'));
}

export function mappingSignature(kind: ImportKind, headers: readonly string[]): string {
  return sha256(`${kind}\u001e${headers.map(normaliseHeader).join('\u001f')}`);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
