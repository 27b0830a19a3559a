/**
 * One draft of a saved plan as a purchase order workbook (the draft card's "Download PO"): the
 * draft's lines still to approve, or those already approved, with the products' names.
 */

import type Database from 'better-sqlite3';
import { AppError } from '../../ground/errors/app-error';
import { loadPlan, type StoredPlan } from '../plan-store';
import { buildDrafts } from '../po-drafts';
import type { SupplierDraft } from '../types';
import { draftLines, writePurchaseOrderFile, type ProductNames } from './purchase-order-xlsx';

export interface DraftRef {
  planId: number;
  supplierId: number;
  locationId: number;
  status: 'draft' | 'approved';
}

export interface DraftPurchaseOrder {
  plan: StoredPlan;
  draft: SupplierDraft;
  names: ProductNames;
}

export function draftPurchaseOrder(db: Database.Database, ref: DraftRef): DraftPurchaseOrder {
  const plan = loadPlan(db, ref.planId);
  const lines = plan.lines.filter((l) => l.status === ref.status);
  const suppliers = new Map(plan.drafts.map((d) => [d.supplierId, d]));
  const draft = buildDrafts(lines, suppliers).find((d) => d.supplierId === ref.supplierId && d.locationId === ref.locationId);
  if (!draft) throw new AppError('not_found', `Plan ${ref.planId} has no ${ref.status} lines for this supplier and location`, { ...ref });
  return { plan: { ...plan, lines }, draft, names: productNames(db, draftLines(lines, draft).map((l) => l.productId)) };
}

export function productNames(db: Database.Database, ids: readonly number[]): ProductNames {
  const find = db.prepare('SELECT name FROM products WHERE id = ?').pluck();
  return new Map(ids.map((id) => [id, (find.get(id) as string | undefined) ?? '']));
}

export async function writeDraftPurchaseOrder(order: DraftPurchaseOrder, file: string): Promise<void> {
  await writePurchaseOrderFile(order.plan, order.draft, file, order.names);
}
