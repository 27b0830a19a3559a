import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { gridPageQuerySchema, type GridPageQuery } from '../../shared/contract/schemas/grid-page';
import { gridPage, type GridSource } from './grid-page';
import { rowsPager, type RowsGrid } from './grid-rows';

type Item = { id: number; sku: string; brand: string | null; price: number | null; kind: string; added: string | null };

/** The same rows in SQLite and in memory, in id order (the read's order and the SQL tie-break agree). */
function items(): { db: Database.Database; rows: Item[] } {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE items (id INTEGER PRIMARY KEY, sku TEXT, brand TEXT, price REAL, kind TEXT, added TEXT)');
  const insert = db.prepare('INSERT INTO items (sku, brand, price, kind, added) VALUES (?, ?, ?, ?, ?)');
  for (let i = 0; i < 300; i++) {
    insert.run(
      `SKU-${String((i * 37) % 300).padStart(3, '0')}`,
      i % 3 === 0 ? null : `Brand ${i % 5}${i % 11 === 0 ? ' Tea 茶' : ''}`,
      i % 7 === 0 ? null : (i % 40) / 2,
      ['a', 'b', 'c'][i % 3]!,
      i % 13 === 0 ? null : `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
    );
  }
  return { db, rows: db.prepare('SELECT * FROM items ORDER BY id').all() as Item[] };
}

const grid: RowsGrid = { columns: { sku: 'text', brand: 'text', price: 'number', kind: 'text', added: 'date' }, search: ['sku', 'brand'] };
const source: GridSource = {
  select: 'SELECT * FROM items',
  columns: Object.fromEntries(Object.entries(grid.columns).map(([id, kind]) => [id, { sql: id, kind }])),
  search: grid.search,
  tieBreak: 'id',
};

const queries: object[] = [
  {},
  { sort: [{ colId: 'price', sort: 'asc' }] },
  { sort: [{ colId: 'price', sort: 'desc' }] },
  { sort: [{ colId: 'brand', sort: 'asc' }, { colId: 'added', sort: 'desc' }] },
  { filter: { brand: { filterType: 'text', type: 'contains', filter: 'TEA' } } },
  { filter: { brand: { filterType: 'text', type: 'blank' } }, sort: [{ colId: 'sku', sort: 'desc' }] },
  { filter: { brand: { filterType: 'text', type: 'notEqual', filter: 'brand 1' } } },
  { filter: { sku: { filterType: 'text', type: 'startsWith', filter: 'sku-1' } } },
  { filter: { sku: { filterType: 'text', type: 'endsWith', filter: '7' } } },
  { filter: { price: { filterType: 'number', type: 'greaterThan', filter: 10 } } },
  { filter: { price: { filterType: 'number', type: 'notEqual', filter: 5 } } },
  { filter: { price: { filterType: 'number', type: 'inRange', filter: 2, filterTo: 8 } } },
  { filter: { price: { filterType: 'number', type: 'blank' } } },
  { filter: { price: { filterType: 'number', type: 'lessThanOrEqual', filter: null } } },
  { filter: { added: { filterType: 'date', type: 'lessThan', dateFrom: '2026-01-10 00:00:00' } } },
  { filter: { added: { filterType: 'date', type: 'equals', dateFrom: '2026-01-05 00:00:00' } } },
  { filter: { kind: { filterType: 'codes', values: ['a', 'c'] } } },
  { filter: { kind: { filterType: 'codes', values: [] } } },
  {
    filter: {
      price: { filterType: 'number', operator: 'OR', conditions: [{ filterType: 'number', type: 'lessThan', filter: 2 }, { filterType: 'number', type: 'greaterThan', filter: 18 }] },
    },
    sort: [{ colId: 'price', sort: 'desc' }],
  },
  { search: 'brand 2', sort: [{ colId: 'kind', sort: 'asc' }] },
  { search: '  茶  ' },
  { offset: 40, limit: 25, sort: [{ colId: 'added', sort: 'asc' }] },
  { offset: 290, limit: 25 },
];

describe('grid pages of rows held in memory', () => {
  it.each(queries.map((query) => [JSON.stringify(query), query]))('answer as SQL does: %s', (_, query) => {
    const { db, rows } = items();
    const parsed: GridPageQuery = gridPageQuerySchema.parse({ offset: 0, limit: 1000, ...(query as object) });
    const inSql = gridPage<Item>(db, source, parsed);
    const inMemory = rowsPager(rows, grid)(parsed);
    expect(inMemory.total).toBe(inSql.total);
    expect(inMemory.matched).toBe(inSql.matched);
    expect(inMemory.rows.map((row) => row.id)).toEqual(inSql.rows.map((row) => row.id));
  });

  it('keeps the latest order for scrolling, and sorts again when the sort changes', () => {
    const { rows } = items();
    const page = rowsPager(rows, grid);
    const query = (offset: number, sort: 'asc' | 'desc') => gridPageQuerySchema.parse({ offset, limit: 100, sort: [{ colId: 'price', sort }] });
    const pages = [0, 100, 200].map((offset) => page(query(offset, 'asc')).rows.map((row) => row.id));
    expect(new Set(pages.flat()).size).toBe(300);
    const desc = page(query(0, 'desc')).rows;
    expect(desc[0]!.price).toBe(Math.max(...rows.map((row) => row.price ?? -1)));
  });

  it('refuses a column the grid does not have, by name', () => {
    const { rows } = items();
    expect(() => rowsPager(rows, grid)(gridPageQuerySchema.parse({ offset: 0, limit: 10, sort: [{ colId: 'cost', sort: 'asc' }] }))).toThrow(/"cost"/);
  });
});
