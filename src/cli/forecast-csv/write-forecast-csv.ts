import fs from 'node:fs';
import { once } from 'node:events';
import { quantileKey } from '../../core/forecast';
import type { ForecastColumns } from '../../core/forecasting/forecast-bucketed';
import { isoFromDay } from '../../core/ground/calendar';
import { csvField, csvRecord } from '../../core/ground/files/safe-cell';
import { writeAtomically } from '../../core/ground/files/write-atomically';

/** The columns every forecast file has, whatever else was asked for. */
export const REQUIRED_QUANTILES = [0.1, 0.5, 0.9, 0.95];

/** Write `sku,date,forecast,p10,p50,p90,p95,…,method`, one row per SKU and future bucket (atomically, cells through the file layer's writer). */
export async function writeForecastCsv(
  file: string,
  skus: string[],
  futureDays: number[],
  levels: number[],
  result: ForecastColumns,
): Promise<number> {
  let rows = 0;
  await writeAtomically(file, async (partial) => {
    rows = await writeRows(partial, skus, futureDays, levels, result);
  });
  return rows;
}

async function writeRows(file: string, skus: string[], futureDays: number[], levels: number[], result: ForecastColumns): Promise<number> {
  const keys = levels.map(quantileKey);
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const dates = futureDays.map(isoFromDay);
  let buffer = `${csvRecord(['sku', 'date', 'forecast', ...keys, 'method'])}\n`;
  let rows = 0;
  for (let s = 0; s < skus.length; s++) {
    const sku = csvField(skus[s]!);
    const mean = result.mean[s]!;
    const quantiles = keys.map((key) => result.quantiles[s]![key]!);
    const method = csvField(result.method[s]!);
    for (let h = 0; h < dates.length; h++) {
      buffer += `${sku},${dates[h]},${round(mean[h]!)}`;
      for (const q of quantiles) buffer += `,${round(q[h]!)}`;
      buffer += `,${method}\n`;
      rows++;
    }
    if (buffer.length > 1 << 20) {
      const flushed = out.write(buffer);
      buffer = '';
      if (!flushed) await once(out, 'drain');
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return rows;
}

function round(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}
