/** Loaders for the public benchmark data sets in ../shared/data (read-only, never copied). */

import { readFileSync } from 'node:fs';
import path from 'node:path';

function parseCell(cell: string): number {
  const v = cell.replace(/"/g, '').trim();
  return v === '' ? NaN : Number(v);
}

/** Wide CSV: first column id, then values oldest → newest; trailing empty cells dropped. */
function readWide(file: string): Map<string, Float64Array> {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).slice(1);
  const out = new Map<string, Float64Array>();
  for (const line of lines) {
    if (line.trim() === '') continue;
    const cells = line.split(',');
    const id = (cells[0] ?? '').replace(/"/g, '');
    const values = cells.slice(1).map(parseCell);
    let end = values.length;
    while (end > 0 && Number.isNaN(values[end - 1] as number)) end--;
    out.set(id, Float64Array.from(values.slice(0, end)));
  }
  return out;
}

export interface M4Set {
  ids: string[];
  train: Float64Array[];
  test: Float64Array[];
}

export function loadM4Weekly(dataDir: string): M4Set {
  const train = readWide(path.join(dataDir, 'm4_weekly_train.csv'));
  const test = readWide(path.join(dataDir, 'm4_weekly_test.csv'));
  const ids = [...train.keys()].filter((id) => test.has(id));
  return { ids, train: ids.map((id) => train.get(id) as Float64Array), test: ids.map((id) => test.get(id) as Float64Array) };
}

/** Long CSV series,month,demand → one monthly series per id (NaN = missing month). */
export function loadCarparts(dataDir: string): Map<string, Float64Array> {
  const lines = readFileSync(path.join(dataDir, 'carparts_long.csv'), 'utf8').split(/\r?\n/).slice(1);
  const rows = new Map<string, Map<string, number>>();
  const months = new Set<string>();
  for (const line of lines) {
    if (line.trim() === '') continue;
    const [id = '', month = '', demand = ''] = line.split(',');
    months.add(month);
    let r = rows.get(id);
    if (r === undefined) rows.set(id, (r = new Map()));
    r.set(month, parseCell(demand));
  }
  const ordered = [...months].sort();
  const out = new Map<string, Float64Array>();
  for (const [id, r] of rows) out.set(id, Float64Array.from(ordered, (mo) => r.get(mo) ?? NaN));
  return out;
}
