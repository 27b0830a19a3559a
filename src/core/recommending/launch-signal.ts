import type Database from 'better-sqlite3';

export interface LaunchSignal {
  expectedBuyers: number;
  audienceSize: number;
  /** The day the recommendation run's order lines end. */
  asOf: string;
}

/** The newest recommendation run's expected buyers of a new SKU, or null when no run targeted it. */
export function launchSignal(db: Database.Database, productId: number): LaunchSignal | null {
  const row = db
    .prepare(
      `SELECT a.expected_buyers AS expectedBuyers, a.audience_size AS audienceSize, r.as_of AS asOf
         FROM launch_audiences a JOIN recommend_runs r ON r.id = a.run_id
        WHERE a.product_id = ? AND a.run_id = (SELECT max(id) FROM recommend_runs)`,
    )
    .get(productId) as LaunchSignal | undefined;
  return row ?? null;
}

/** Weeks over which a launch audience's expected buyers are expected to buy. */
export const LAUNCH_SIGNAL_WEEKS = 8;

export interface LaunchSignalUnits {
  productId: number;
  expectedUnits: number;
  expectedBuyers: number;
}

/** Expected units of every SKU the newest run targeted (buyers × their units per order). */
export function launchSignalUnits(db: Database.Database): LaunchSignalUnits[] {
  const rows = db
    .prepare(
      `SELECT product_id AS productId, expected_buyers AS expectedBuyers,
              coalesce(json_extract(basis, '$.unitsPerBuyer'), 1) AS unitsPerBuyer
         FROM launch_audiences WHERE run_id = (SELECT max(id) FROM recommend_runs)`,
    )
    .all() as { productId: number; expectedBuyers: number; unitsPerBuyer: number }[];
  return rows.map((r) => ({ productId: r.productId, expectedBuyers: r.expectedBuyers, expectedUnits: r.expectedBuyers * r.unitsPerBuyer }));
}
