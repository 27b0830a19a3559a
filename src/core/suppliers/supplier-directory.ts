import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';

export interface SupplierInfo {
  id: number;
  code: string;
  name: string;
  country: string | null;
  /** The category most of the supplier's SKUs (supplier_terms) are in: whose average it is shrunk toward. */
  category: string | null;
}

/** Every supplier (or the ones asked for) with its main category, in id order. */
export function listSuppliers(db: Database.Database, ids?: readonly number[]): SupplierInfo[] {
  const filter = ids ? 'WHERE s.id IN (SELECT value FROM json_each(?))' : '';
  const rows = db
    .prepare(
      `SELECT s.id, s.code, s.name, s.country,
              (SELECT p.category FROM supplier_terms t JOIN products p ON p.id = t.product_id
               WHERE t.supplier_id = s.id AND p.category IS NOT NULL
               GROUP BY p.category ORDER BY count(*) DESC, p.category LIMIT 1) AS category
       FROM suppliers s ${filter} ORDER BY s.id`,
    )
    .all(...(ids ? [JSON.stringify(ids)] : [])) as SupplierInfo[];
  return rows;
}

/** One supplier by id, or a not_found error naming it. */
export function getSupplier(db: Database.Database, id: number): SupplierInfo {
  const [supplier] = listSuppliers(db, [id]);
  if (!supplier) throw new AppError('not_found', `There is no supplier with id ${id}`, { supplierId: id });
  return supplier;
}

/** Accepts a supplier id ("7") or code ("SUP-0007"), as people type them. */
export function findSupplierId(db: Database.Database, idOrCode: string): number {
  const text = idOrCode.trim();
  const byCode = db.prepare('SELECT id FROM suppliers WHERE code = ? COLLATE NOCASE').pluck().get(text) as number | undefined;
  if (byCode !== undefined) return byCode;
  const id = Number(text);
  if (Number.isInteger(id) && db.prepare('SELECT 1 FROM suppliers WHERE id = ?').pluck().get(id) === 1) return id;
  throw new AppError('not_found', `There is no supplier with id or code "${text}"`, { supplier: text });
}
