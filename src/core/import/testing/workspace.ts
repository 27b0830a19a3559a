import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { createWorkspace, type Db, type Workspace } from '../../db/workspace';
import { createInlineTaskContext } from '../../ground/task-context';
import { runImport } from '../run-import';
import type { ImportOptions, ImportResult } from '../types';
import { ensureImportSchema } from '../write/schema';

/** Test support: a real workspace file with the import tables, in a temp folder. */
export function importWorkspace(dir: string, name = 'w.supplydesk'): Workspace {
  const file = path.join(dir, name);
  const workspace = createWorkspace(file, { name: 'Test' });
  ensureImportSchema(workspace.db, file);
  return workspace;
}

export function writeText(dir: string, name: string, text: string, encoding: 'utf8' | 'utf8bom' | 'gb18030' = 'utf8'): string {
  const file = path.join(dir, name);
  if (encoding === 'gb18030') fs.writeFileSync(file, iconv.encode(text, 'gb18030'));
  else fs.writeFileSync(file, (encoding === 'utf8bom' ? '\ufeff' : '') + text, 'utf8');
  return file;
}

export function importFile(db: Db, file: string, options: ImportOptions): Promise<ImportResult> {
  return runImport(db, file, options, createInlineTaskContext());
}

/** Every row of every table (but those excluded), as text: equal before and after means nothing changed. */
export function contentSnapshot(db: Db, exclude: RegExp | null = null): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return tables
    .filter((t) => !exclude || !exclude.test(t))
    .map((t) => {
      const rows = (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[]).map((r) => JSON.stringify(r)).sort();
      return `${t}: ${rows.join('\n  ')}`;
    })
    .join('\n');
}

/** The planning data, without the import log and undo bookkeeping: for "back as it was" checks. */
export function planningSnapshot(db: Db): string {
  return contentSnapshot(db, /^(import_log|import_undo|import_sales_ranges|import_replaced_sales|import_mappings|audit_log)$/);
}

export function count(db: Db, table: string): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}
