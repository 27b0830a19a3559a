import type Database from 'better-sqlite3';
import type { RecommendRun } from '../../shared/contract/schemas/recommend';

const SELECT = `SELECT id, created_at AS createdAt, as_of AS asOf, top_n AS topN, lines, orders, customers, skus, seconds FROM recommend_runs`;

export function latestRunId(db: Database.Database): number | null {
  return (db.prepare('SELECT max(id) FROM recommend_runs').pluck().get() as number | null) ?? null;
}

export function latestRun(db: Database.Database): RecommendRun | null {
  return (db.prepare(`${SELECT} ORDER BY id DESC LIMIT 1`).get() as RecommendRun | undefined) ?? null;
}
