/** Planned promotions: what the planner expects for a SKU's coming weeks (a promotion, a price, a discount). */

import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { dayFromIso } from '../ground/calendar';
import { MAX_EVENT_DAYS } from './event-changes';

export interface PlannedPromotion {
  id: number;
  productId: number;
  sku: string;
  /** null = every location. */
  locationId: number | null;
  from: string;
  to: string;
  /** Flagged as a promotion (the model learns promotions from the sales' promo flags). */
  promo: boolean;
  /** The planned selling price, or null. */
  price: number | null;
  /** Percent off the usual price, or null (never both with `price`). */
  discountPct: number | null;
  note: string | null;
  createdAt: string;
}

export type PlannedPromotionInput = Pick<PlannedPromotion, 'productId' | 'from' | 'to' | 'promo'> &
  Partial<Pick<PlannedPromotion, 'locationId' | 'price' | 'discountPct' | 'note'>>;

const SELECT = `SELECT pp.id, pp.product_id AS productId, p.sku, pp.location_id AS locationId, pp.from_date AS "from", pp.to_date AS "to",
  pp.promo, pp.price, pp.discount_pct AS discountPct, pp.note, pp.created_at AS createdAt
  FROM planned_promotions pp JOIN products p ON p.id = pp.product_id`;

type Row = Omit<PlannedPromotion, 'promo'> & { promo: number };
const fromRow = (row: Row): PlannedPromotion => ({ ...row, promo: row.promo === 1 });

/** A SKU's planned promotions (all SKUs' without `productId`), by first day. */
export function listPlannedPromotions(db: Database.Database, productId?: number): PlannedPromotion[] {
  const rows = (productId === undefined
    ? db.prepare(`${SELECT} ORDER BY pp.product_id, pp.from_date, pp.id`).all()
    : db.prepare(`${SELECT} WHERE pp.product_id = ? ORDER BY pp.from_date, pp.id`).all(productId)) as Row[];
  return rows.map(fromRow);
}

export function addPlannedPromotion(db: Database.Database, input: PlannedPromotionInput, now = new Date()): PlannedPromotion {
  const fail = (field: string, message: string): never => {
    throw new AppError('invalid_input', `planned promotion: ${message}`, { field });
  };
  const from = dayFromIso(input.from);
  const to = dayFromIso(input.to);
  if (Number.isNaN(from)) fail('from', `"${input.from}" is not a date written YYYY-MM-DD`);
  if (Number.isNaN(to)) fail('to', `"${input.to}" is not a date written YYYY-MM-DD`);
  if (to < from) fail('to', `it ends (${input.to}) before it starts (${input.from})`);
  if (to - from + 1 > MAX_EVENT_DAYS) fail('to', `it lasts ${to - from + 1} days: at most ${MAX_EVENT_DAYS}`);
  const price = input.price ?? null;
  const discountPct = input.discountPct ?? null;
  if (price !== null && !(price > 0)) fail('price', 'the planned price must be above 0');
  if (discountPct !== null && !(discountPct > 0 && discountPct < 100)) fail('discountPct', 'a discount is between 0 and 100 percent');
  if (price !== null && discountPct !== null) fail('price', 'give a planned price or a discount, not both');
  if (!input.promo && price === null && discountPct === null) fail('promo', 'plan a promotion, a price or a discount');
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM products WHERE id = ?').get(input.productId)) {
      throw new AppError('not_found', `no product ${input.productId}`, { field: 'productId' });
    }
    if (input.locationId != null && !db.prepare('SELECT 1 FROM locations WHERE id = ?').get(input.locationId)) {
      throw new AppError('not_found', `no location ${input.locationId}`, { field: 'locationId' });
    }
    const id = db
      .prepare('INSERT INTO planned_promotions (product_id, location_id, from_date, to_date, promo, price, discount_pct, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(input.productId, input.locationId ?? null, input.from, input.to, input.promo ? 1 : 0, price, discountPct, input.note?.trim() || null, now.toISOString())
      .lastInsertRowid as number;
    return fromRow(db.prepare(`${SELECT} WHERE pp.id = ?`).get(id) as Row);
  })();
}

export function removePlannedPromotion(db: Database.Database, id: number): PlannedPromotion {
  return db.transaction(() => {
    const row = db.prepare(`${SELECT} WHERE pp.id = ?`).get(id) as Row | undefined;
    if (!row) throw new AppError('not_found', `no planned promotion ${id}`, { id });
    db.prepare('DELETE FROM planned_promotions WHERE id = ?').run(id);
    return fromRow(row);
  })();
}
