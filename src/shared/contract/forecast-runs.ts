import type { ForecastRun } from './schemas/forecast';

/** A workspace's runs as the Forecasts page lists them: newest first (the page opens on the first). */
export function newestRunsFirst<R extends Pick<ForecastRun, 'id' | 'createdAt'>>(runs: readonly R[]): R[] {
  return [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}
