/**
 * A stored run as CSV, in the file-based forecast's columns with the location added:
 * sku,location,date,forecast,p10,p50,p90,p95[,p99],method (location "ALL" for summed runs).
 */

import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { AppError } from '../ground/errors/app-error';
import { csvField, csvRecord } from '../ground/files/safe-cell';
import { writeAtomicallySync } from '../ground/files/write-atomically';
import { quantileKey } from '../forecast';
import { STORED_KEYS, STORED_LEVELS, type StoredKey } from './types';

/** Columns every file has, as in the file-based command. */
export const CSV_LEVELS = [0.1, 0.5, 0.9, 0.95];

/** The CSV columns for the requested levels; only the stored ones can be exported. */
export function csvLevels(requested: readonly number[] = []): StoredKey[] {
  const levels = [...new Set([...CSV_LEVELS, ...requested])].sort((a, b) => a - b);
  return levels.map((level) => {
    const key = quantileKey(level);
    if (!(STORED_KEYS as readonly string[]).includes(key)) {
      throw new AppError('invalid_input', `A workspace run stores the quantiles ${STORED_LEVELS.join(', ')}; ${level} is not one of them`, {
        field: 'quantiles',
        value: level,
      });
    }
    return key as StoredKey;
  });
}

/** Written synchronously: the rows stream from an open statement, which must not wait on I/O events. Atomic: FILE.partial, then renamed. */
export function writeRunCsv(db: Database.Database, runId: number, file: string, keys: readonly StoredKey[]): number {
  return writeAtomicallySync(file, (partial) => writeRows(db, runId, partial, keys));
}

function writeRows(db: Database.Database, runId: number, file: string, keys: readonly StoredKey[]): number {
  const rows = db
    .prepare(
      `SELECT p.sku, coalesce(l.code, 'ALL') AS location, v.bucket_date AS date, v.mean, ${keys.map((k) => `v.${k}`).join(', ')}, s.method
       FROM forecast_values v
       JOIN forecast_series s ON s.run_id = v.run_id AND s.product_id = v.product_id AND s.location_id = v.location_id
       JOIN products p ON p.id = v.product_id
       LEFT JOIN locations l ON l.id = v.location_id
       WHERE v.run_id = ?
       ORDER BY p.sku, location, v.bucket_date`,
    )
    .raw(true)
    .iterate(runId) as Iterable<unknown[]>;
  const fd = fs.openSync(file, 'w');
  let buffer = `${csvRecord(['sku', 'location', 'date', 'forecast', ...keys, 'method'])}\n`;
  let count = 0;
  try {
    for (const row of rows) {
      const [sku, location, date, mean, ...rest] = row;
      const method = rest.pop();
      buffer += `${cell(sku)},${cell(location)},${date as string},${round(mean)}${rest.map((q) => `,${round(q)}`).join('')},${cell(method)}\n`;
      count++;
      if (buffer.length > 1 << 20) {
        fs.writeSync(fd, buffer);
        buffer = '';
      }
    }
    fs.writeSync(fd, buffer);
  } finally {
    fs.closeSync(fd);
  }
  return count;
}

function round(value: unknown): string {
  return String(Math.round((value as number) * 10_000) / 10_000);
}

function cell(value: unknown): string {
  return csvField(String(value));
}
