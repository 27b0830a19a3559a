import type Database from 'better-sqlite3';

/** One supplier's offer for a SKU, as agreed in supplier_terms. */
export interface CandidateTerm {
  supplierId: number;
  supplierCode: string;
  supplierName: string;
  isPrimary: boolean;
  unitCost: number;
  currency: string;
  moq: number;
  orderMultiple: number;
  promisedLeadTimeDays: number;
}

export interface SkuCandidates {
  productId: number;
  sku: string;
  terms: CandidateTerm[];
}

type TermRow = Omit<CandidateTerm, 'isPrimary'> & { productId: number; sku: string; isPrimary: number };

/** The SKUs asked for (with any number of suppliers), or every SKU with two suppliers or more. */
export function candidateTerms(db: Database.Database, productIds?: readonly number[]): SkuCandidates[] {
  const scope = productIds
    ? 't.product_id IN (SELECT value FROM json_each(@ids))'
    : 't.product_id IN (SELECT product_id FROM supplier_terms GROUP BY product_id HAVING count(*) > 1)';
  const rows = db
    .prepare(
      `SELECT t.product_id AS productId, p.sku, t.supplier_id AS supplierId, s.code AS supplierCode, s.name AS supplierName,
              t.is_primary AS isPrimary, t.unit_cost AS unitCost, t.currency, t.moq, t.order_multiple AS orderMultiple,
              t.lead_time_days AS promisedLeadTimeDays
       FROM supplier_terms t JOIN products p ON p.id = t.product_id JOIN suppliers s ON s.id = t.supplier_id
       WHERE ${scope} ORDER BY t.product_id, t.supplier_id`,
    )
    .all(productIds ? { ids: JSON.stringify(productIds) } : {}) as TermRow[];
  const out: SkuCandidates[] = [];
  for (const { productId, sku, isPrimary, ...term } of rows) {
    let last = out[out.length - 1];
    if (!last || last.productId !== productId) out.push((last = { productId, sku, terms: [] }));
    last.terms.push({ ...term, isPrimary: isPrimary === 1 });
  }
  return out;
}
