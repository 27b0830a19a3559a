/** Recommendation campaigns: planned events whose demand the forecast and the plan include. One transaction per write. */

import type Database from 'better-sqlite3';
import type { Campaign, CampaignInput } from '../../shared/contract/schemas/recommend';
import { AppError } from '../ground/errors/app-error';
import { campaignDemand, type CampaignDemand } from './campaign-demand';
import { learntConversion } from './learnt-conversion';
import { latestRunId } from './runs';

/** Days buyers take to respond when the planner does not say. */
export const DEFAULT_WINDOW_DAYS = 14;

interface CampaignRow {
  id: number;
  name: string;
  productId: number;
  sku: string;
  locationId: number | null;
  startDate: string;
  windowDays: number;
  audienceKind: Campaign['audienceKind'];
  audienceSize: number;
  conversion: number;
  conversionSource: Campaign['conversionSource'];
  unitsPerBuyer: number;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT c.id, c.name, c.product_id AS productId, p.sku, c.location_id AS locationId, c.start_date AS startDate,
  c.window_days AS windowDays, c.audience_kind AS audienceKind, c.audience_size AS audienceSize, c.conversion,
  c.conversion_source AS conversionSource, c.units_per_buyer AS unitsPerBuyer, c.notes, c.created_at AS createdAt, c.updated_at AS updatedAt
  FROM campaigns c JOIN products p ON p.id = c.product_id`;

export function listCampaigns(db: Database.Database, productIds?: readonly number[]): Campaign[] {
  const rows = (productIds
    ? db.prepare(`${SELECT} WHERE c.product_id IN (SELECT value FROM json_each(?)) ORDER BY c.start_date, c.id`).all(JSON.stringify(productIds))
    : db.prepare(`${SELECT} ORDER BY c.start_date, c.id`).all()) as CampaignRow[];
  return rows.map(withExpectation);
}

export function getCampaign(db: Database.Database, id: number): Campaign {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CampaignRow | undefined;
  if (!row) throw new AppError('not_found', `No campaign ${id}`, { id });
  return withExpectation(row);
}

/** The demand of a campaign (with a learnt conversion's spread where it was learnt). */
export function demandOf(c: Pick<Campaign, 'startDate' | 'windowDays' | 'audienceSize' | 'conversion' | 'conversionSource' | 'unitsPerBuyer'>, spread?: number | null): CampaignDemand {
  return campaignDemand({ ...c, ...(spread != null ? { conversionSpread: spread } : {}) });
}

function withExpectation(row: CampaignRow): Campaign {
  const d = demandOf(row);
  return { ...row, expectedBuyers: d.expectedBuyers, expectedUnits: d.expectedUnits };
}

export function addCampaign(db: Database.Database, input: CampaignInput): Campaign {
  return db.transaction(() => {
    const now = new Date().toISOString();
    const v = resolve(db, input);
    const id = db
      .prepare(
        `INSERT INTO campaigns (name, product_id, location_id, start_date, window_days, audience_kind, audience, audience_size,
           conversion, conversion_source, units_per_buyer, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.name, v.productId, input.locationId ?? null, input.startDate, input.windowDays ?? DEFAULT_WINDOW_DAYS, input.audienceKind,
        v.audience, v.audienceSize, v.conversion, v.conversionSource, v.unitsPerBuyer, input.notes ?? null, now, now).lastInsertRowid;
    return getCampaign(db, Number(id));
  })();
}

export function updateCampaign(db: Database.Database, id: number, input: CampaignInput): Campaign {
  return db.transaction(() => {
    getCampaign(db, id);
    const v = resolve(db, input, id);
    db.prepare(
      `UPDATE campaigns SET name = ?, product_id = ?, location_id = ?, start_date = ?, window_days = ?, audience_kind = ?, audience = ?,
         audience_size = ?, conversion = ?, conversion_source = ?, units_per_buyer = ?, notes = ?, updated_at = ? WHERE id = ?`,
    ).run(input.name, v.productId, input.locationId ?? null, input.startDate, input.windowDays ?? DEFAULT_WINDOW_DAYS, input.audienceKind,
      v.audience, v.audienceSize, v.conversion, v.conversionSource, v.unitsPerBuyer, input.notes ?? null, new Date().toISOString(), id);
    return getCampaign(db, id);
  })();
}

export function removeCampaign(db: Database.Database, id: number): Campaign {
  return db.transaction(() => {
    const before = getCampaign(db, id);
    db.prepare('DELETE FROM campaigns WHERE id = ?').run(id);
    return before;
  })();
}

interface Resolved {
  productId: number;
  audience: string | null;
  audienceSize: number;
  conversion: number;
  conversionSource: Campaign['conversionSource'];
  unitsPerBuyer: number;
}

function resolve(db: Database.Database, input: CampaignInput, id?: number): Resolved {
  const productId = db.prepare('SELECT id FROM products WHERE sku = ?').pluck().get(input.sku) as number | undefined;
  if (productId === undefined) throw new AppError('invalid_input', `No SKU ${input.sku} in the catalogue`, { field: 'sku', value: input.sku });
  if (input.locationId != null && !db.prepare('SELECT 1 FROM locations WHERE id = ?').get(input.locationId)) {
    throw new AppError('invalid_input', `No location ${input.locationId}`, { field: 'locationId', value: input.locationId });
  }
  const audience = audienceOf(db, input);
  const asOf = (db.prepare('SELECT max(date) FROM order_lines_current').pluck().get() as string | null) ?? input.startDate;
  let conversion = input.conversion;
  let conversionSource: Campaign['conversionSource'] = 'entered';
  if (conversion === undefined) {
    const learnt = learntConversion(db, asOf, id);
    if (learnt.conversion === null) {
      throw new AppError('invalid_input', 'Enter an expected conversion: no finished campaign with a customer list to learn it from', { field: 'conversion' });
    }
    conversion = learnt.conversion;
    conversionSource = 'learnt';
  }
  return {
    productId,
    audience: audience.customers ? JSON.stringify(audience.customers) : null,
    audienceSize: audience.size,
    conversion,
    conversionSource,
    unitsPerBuyer: input.unitsPerBuyer ?? unitsPerBuyer(db, productId),
  };
}

function audienceOf(db: Database.Database, input: CampaignInput): { customers: string[] | null; size: number } {
  if (input.audienceKind === 'size') {
    if (!input.audienceSize) throw new AppError('invalid_input', 'Say how many customers the campaign reaches', { field: 'audienceSize' });
    return { customers: null, size: input.audienceSize };
  }
  if (input.audienceKind === 'list') {
    const customers = [...new Set(input.customers ?? [])];
    if (customers.length === 0) throw new AppError('invalid_input', 'The customer list is empty', { field: 'customers' });
    return { customers, size: customers.length };
  }
  const runId = latestRunId(db);
  if (runId === null) throw new AppError('invalid_input', 'Make recommendations first: the audience is the customers they recommend this SKU to', { field: 'audienceKind' });
  const customers = db
    .prepare('SELECT customer_id FROM recommend_items WHERE run_id = ? AND sku = ? ORDER BY score DESC, customer_id LIMIT ?')
    .pluck()
    .all(runId, input.sku, input.audienceSize ?? -1) as string[];
  if (customers.length === 0) {
    throw new AppError('invalid_input', `No customer has ${input.sku} among their recommendations: choose a list or a size`, { field: 'audienceKind', value: input.sku });
  }
  return { customers, size: customers.length };
}

/** Units a buyer of this SKU takes per order (from its order lines with a customer); 1 without any. */
function unitsPerBuyer(db: Database.Database, productId: number): number {
  const mean = db
    .prepare(
      `SELECT avg(units) FROM (SELECT sum(quantity) AS units FROM order_lines_current
         WHERE product_id = ? AND cancelled = 0 AND quantity > 0 AND customer_id IS NOT NULL GROUP BY order_id)`,
    )
    .pluck()
    .get(productId) as number | null;
  return mean && mean > 0 ? mean : 1;
}
