/**
 * Recommendation campaigns added to a run's forecast: each campaign's expected units (and their
 * variance) fall on the buckets its response window covers, for its location or — entered for
 * every location — split by the forecast's share, as overrides are. The band moves with the mean
 * and widens by the variance the campaign adds (what it leaves uncertain).
 */

import type Database from 'better-sqlite3';
import { stepQuantiles } from '../forecast/quantiles';
import { dayFromIso, monthIndexOfDay, monthStartDay } from '../ground/calendar';
import { demandBetween } from '../recommending/campaign-demand';
import { demandOf, listCampaigns } from '../recommending/campaigns';
import { STORED_KEYS, STORED_LEVELS, type Frequency, type StoredKey } from './types';

/** What a campaign changes in a forecast row (effective-forecast.ts's EffectiveRow). */
type EffectiveRow = Record<StoredKey, number> & {
  productId: number;
  locationId: number;
  bucketDate: string;
  mean: number;
  variance: number;
  campaignMean: number;
  campaignIds: number[];
};

/** Products whose stored forecast is not the whole story: active overrides or campaigns. */
export function adjustedProductIds(db: Database.Database): number[] {
  return db
    .prepare('SELECT product_id FROM forecast_overrides WHERE active = 1 UNION SELECT product_id FROM campaigns')
    .pluck()
    .all() as number[];
}

export function applyCampaigns(db: Database.Database, rows: readonly EffectiveRow[], frequency: Frequency, productIds?: readonly number[]): void {
  if (rows.length === 0) return;
  const campaigns = listCampaigns(db, productIds);
  if (campaigns.length === 0) return;
  const bySeries = new Map<string, EffectiveRow[]>();
  for (const row of rows) {
    const key = `${row.productId}:${row.locationId}`;
    const list = bySeries.get(key);
    if (list) list.push(row);
    else bySeries.set(key, [row]);
  }
  // Days each bucket covers: from the day after the previous bucket (the first by the frequency).
  const span = new Map<EffectiveRow, [number, number]>();
  for (const list of bySeries.values()) {
    list.sort((a, b) => (a.bucketDate < b.bucketDate ? -1 : a.bucketDate > b.bucketDate ? 1 : 0));
    let previousEnd: number | null = null;
    for (const row of list) {
      const end = dayFromIso(row.bucketDate);
      const start = previousEnd !== null ? previousEnd + 1 : firstBucketStart(end, frequency);
      span.set(row, [start, end]);
      previousEnd = end;
    }
  }
  for (const campaign of campaigns) {
    const demand = demandOf(campaign);
    const mine = rows.filter((r) => r.productId === campaign.productId && (campaign.locationId === null || r.locationId === campaign.locationId || r.locationId === 0));
    const byBucket = new Map<string, EffectiveRow[]>();
    for (const row of mine) {
      const list = byBucket.get(row.bucketDate);
      if (list) list.push(row);
      else byBucket.set(row.bucketDate, [row]);
    }
    for (const bucketRows of byBucket.values()) {
      const [from, to] = span.get(bucketRows[0]!)!;
      const add = demandBetween(demand, from, to);
      if (add.mean <= 0) continue;
      const total = bucketRows.reduce((s, r) => s + r.mean, 0);
      for (const row of bucketRows) {
        const share = total > 0 ? row.mean / total : 1 / bucketRows.length;
        addDemand(row, add.mean * share, add.variance * share * share, campaign.id);
      }
    }
  }
}

function firstBucketStart(end: number, frequency: Frequency): number {
  if (frequency === 'day') return end;
  if (frequency === 'week') return end - 6;
  return monthStartDay(monthIndexOfDay(end));
}

function addDemand(row: EffectiveRow, mean: number, variance: number, campaignId: number): void {
  const before = { mean: row.mean, variance: row.variance };
  row.mean += mean;
  row.variance += variance;
  row.campaignMean += mean;
  row.campaignIds.push(campaignId);
  if (before.variance > 0) {
    // Keep the band's shape, moved to the new mean and widened by the added variance.
    const widen = Math.sqrt(row.variance / before.variance);
    for (const key of STORED_KEYS) row[key] = Math.max(0, row.mean + (row[key] - before.mean) * widen);
    return;
  }
  const out = new Float64Array(STORED_LEVELS.length);
  stepQuantiles(row.mean, Math.max(row.variance, row.mean), 'count', STORED_LEVELS, true, out);
  STORED_KEYS.forEach((key, i) => (row[key] = out[i] as number));
}
