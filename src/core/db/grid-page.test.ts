import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { gridPageQuerySchema } from '../../shared/contract/schemas/grid-page';
import { gridCounts, gridPage, type CountsMemo, type GridSource } from './grid-page';

function items(): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE items (id INTEGER PRIMARY KEY, sku TEXT, brand TEXT, price REAL, kind TEXT, added TEXT)');
  const insert = db.prepare('INSERT INTO items (sku, brand, price, kind, added) VALUES (?, ?, ?, ?, ?)');
  for (let i = 0; i < 250; i++) insert.run(`SKU-${String(i).padStart(3, '0')}`, i % 3 === 0 ? null : `Brand ${i % 5}`, i % 7 === 0 ? null : i / 2, ['a', 'b', 'c'][i % 3], `2026-01-${String((i % 28) + 1).padStart(2, '0')}`);
  return db;
}

const source: GridSource = {
  select: 'SELECT id, sku, brand, price, kind, added FROM items WHERE id > :after',
  params: { after: 0 },
  columns: {
    sku: { sql: 'sku', kind: 'text' },
    brand: { sql: 'brand', kind: 'text' },
    price: { sql: 'price', kind: 'number' },
    kind: { sql: 'kind', kind: 'text' },
    added: { sql: 'added', kind: 'date' },
  },
  search: ['sku', 'brand'],
  tieBreak: 'id',
};

type Item = { id: number; sku: string; brand: string | null; price: number | null; kind: string; added: string };
const page = (db: Database.Database, query: object) => gridPage<Item>(db, source, gridPageQuerySchema.parse({ offset: 0, limit: 1000, ...query }));

describe('a grid page in SQL', () => {
  it('pages without overlap in a stable order, and counts all rows', () => {
    const db = items();
    const first = page(db, { limit: 100, sort: [{ colId: 'kind', sort: 'desc' }] });
    const second = page(db, { offset: 100, limit: 100, sort: [{ colId: 'kind', sort: 'desc' }] });
    const third = page(db, { offset: 200, limit: 100, sort: [{ colId: 'kind', sort: 'desc' }] });
    expect(first.total).toBe(250);
    expect(first.matched).toBe(250);
    const ids = [...first.rows, ...second.rows, ...third.rows].map((row) => row.id);
    expect(new Set(ids).size).toBe(250);
    expect(first.rows[0]!.kind).toBe('c');
    expect(third.rows.at(-1)!.kind).toBe('a');
  });

  it('filters text (any case), numbers, dates, codes and combined conditions as the grid would', () => {
    const db = items();
    const all = page(db, {}).rows;
    expect(page(db, { filter: { brand: { filterType: 'text', type: 'contains', filter: 'brand 2' } } }).matched).toBe(all.filter((r) => r.brand === 'Brand 2').length);
    expect(page(db, { filter: { brand: { filterType: 'text', type: 'blank' } } }).matched).toBe(all.filter((r) => r.brand === null).length);
    expect(page(db, { filter: { price: { filterType: 'number', type: 'greaterThan', filter: 100 } } }).matched).toBe(all.filter((r) => r.price !== null && r.price > 100).length);
    expect(page(db, { filter: { price: { filterType: 'number', type: 'equals', filter: 10 } } }).rows.map((r) => r.sku)).toEqual(['SKU-020']);
    expect(page(db, { filter: { added: { filterType: 'date', type: 'lessThan', dateFrom: '2026-01-03 00:00:00' } } }).matched).toBe(all.filter((r) => r.added < '2026-01-03').length);
    expect(page(db, { filter: { kind: { filterType: 'codes', values: ['a', 'c'] } } }).matched).toBe(all.filter((r) => r.kind !== 'b').length);
    expect(page(db, { filter: { kind: { filterType: 'codes', values: [] } } }).matched).toBe(0);
    const either = page(db, {
      filter: { sku: { filterType: 'text', operator: 'OR', conditions: [{ filterType: 'text', type: 'endsWith', filter: '001' }, { filterType: 'text', type: 'startsWith', filter: 'sku-24' }] } },
    });
    expect(either.rows.map((r) => r.sku)).toEqual(['SKU-001', ...Array.from({ length: 10 }, (_, i) => `SKU-24${i}`)]);
    expect(either.total).toBe(250);
  });

  it('the quick search wants every word in one of the searched columns', () => {
    const db = items();
    const found = page(db, { search: 'brand  sku-12' });
    expect(found.rows.every((r) => r.sku.startsWith('SKU-12') && r.brand !== null)).toBe(true);
    expect(found.matched).toBe(found.rows.length);
    expect(found.matched).toBeGreaterThan(0);
  });

  it('counts every row once for all filters and searches, and the matching rows once per filter and search', () => {
    const db = items();
    const kept = new Map<string, unknown>();
    const computed: string[] = [];
    const memo: CountsMemo = <T,>(key: string, compute: () => T): T => {
      if (!kept.has(key)) {
        computed.push(key === 'total' ? key : 'matched');
        kept.set(key, compute());
      }
      return kept.get(key) as T;
    };
    const counts = (query: object) => gridCounts(db, source, gridPageQuerySchema.parse({ offset: 0, limit: 10, ...query }), memo);
    expect(counts({})).toEqual({ matched: 250, total: 250 });
    const byKind = { filter: { kind: { filterType: 'text', type: 'equals', filter: 'a' } } };
    expect(counts(byKind)).toEqual({ matched: 84, total: 250 });
    expect(counts({ ...byKind, sort: [{ colId: 'sku', sort: 'desc' }], offset: 20 })).toEqual({ matched: 84, total: 250 });
    expect(counts({ search: 'sku-00' })).toEqual({ matched: 10, total: 250 });
    expect(computed).toEqual(['matched', 'total', 'matched', 'matched']);
    // Nothing kept: counted afresh, the same.
    expect(gridCounts(db, source, gridPageQuerySchema.parse({ offset: 0, limit: 10, ...byKind }))).toEqual({ matched: 84, total: 250 });
  });

  it('refuses a column it does not know, by name', () => {
    const db = items();
    expect(() => page(db, { sort: [{ colId: 'id; DROP TABLE items', sort: 'asc' }] })).toThrow(/cannot sort by the column "id; DROP TABLE items"/);
    expect(() => page(db, { filter: { secret: { filterType: 'text', type: 'contains', filter: 'x' } } })).toThrow(/cannot filter/);
  });
});
