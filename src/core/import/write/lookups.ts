import { detach } from '../parse/text';
import type { Db } from '../../db/workspace';
import type { UndoLog } from './undo-log';

/**
 * SKU → product id, loaded once: a million rows must not cost a million SELECTs.
 * Unknown SKUs can be created on the spot (sales, stock and order files), named after
 * the file's description when it has one.
 */
export class ProductLookup {
  private readonly ids = new Map<string, number>();
  readonly created: string[] = [];
  private readonly insert;

  constructor(
    private readonly db: Db,
    private readonly undo: UndoLog,
  ) {
    for (const row of db.prepare('SELECT id, sku FROM products').raw().iterate() as Iterable<[number, string]>) {
      this.ids.set(row[1], row[0]);
    }
    this.insert = db.prepare("INSERT INTO products (sku, name, status) VALUES (?, ?, 'active')");
  }

  find(sku: string): number | undefined {
    return this.ids.get(sku);
  }

  findOrCreate(sku: string, name: string | null): number {
    const id = this.ids.get(sku);
    if (id !== undefined) return id;
    const created = Number(this.insert.run(sku, name ?? sku).lastInsertRowid);
    this.undo.inserted('products', { id: created });
    this.names?.set(created, detach(name ?? sku));
    const key = detach(sku);
    this.ids.set(key, created);
    this.skus?.set(created, key);
    this.created.push(key);
    return created;
  }

  /** Reverse lookup for messages; built only when needed. */
  skuOf(id: number): string {
    if (!this.skus) this.skus = new Map([...this.ids].map(([sku, pid]) => [pid, sku]));
    return this.skus.get(id) ?? String(id);
  }

  private skus: Map<number, string> | null = null;

  /** A product's name, to store an order line's description only when it says more. */
  nameOf(id: number): string | undefined {
    if (!this.names) {
      this.names = new Map();
      for (const [pid, name] of this.db.prepare('SELECT id, name FROM products').raw().iterate() as Iterable<[number, string]>) {
        this.names.set(pid, name);
      }
    }
    return this.names.get(id);
  }

  private names: Map<number, string> | null = null;

  /** For the catalogue writer, which inserts products itself. */
  remember(sku: string, id: number): void {
    const key = detach(sku);
    this.ids.set(key, id);
    this.skus?.set(id, key);
  }
}

/** Location code or name → id; a missing location goes to the workspace's default one. */
export class LocationLookup {
  private readonly ids = new Map<string, number>();
  readonly created: string[] = [];
  /** True when rows without a location went to a location picked for them. */
  usedDefault = false;
  defaultName = '';
  private defaultId: number | null = null;
  private readonly insert;

  constructor(
    private readonly db: Db,
    private readonly undo: UndoLog,
    private readonly defaultCode: string | null,
  ) {
    const rows = db.prepare('SELECT id, code, name FROM locations ORDER BY id').all() as { id: number; code: string; name: string }[];
    for (const row of rows) {
      this.ids.set(row.name.trim().toLowerCase(), row.id);
      this.ids.set(row.code.trim().toLowerCase(), row.id);
    }
    this.insert = db.prepare('INSERT INTO locations (code, name) VALUES (?, ?)');
  }

  resolve(code: string | null): number {
    if (code === null) return this.fallback();
    const id = this.ids.get(code.toLowerCase());
    return id ?? this.create(code);
  }

  private fallback(): number {
    if (this.defaultId !== null) return this.defaultId;
    this.usedDefault = true;
    if (this.defaultCode) {
      this.defaultId = this.resolve(this.defaultCode);
      this.defaultName = this.defaultCode;
      return this.defaultId;
    }
    const first = this.db.prepare('SELECT id, code FROM locations ORDER BY id LIMIT 1').get() as { id: number; code: string } | undefined;
    this.defaultId = first ? first.id : this.create('MAIN', 'Main warehouse', false);
    this.defaultName = first ? first.code : 'MAIN';
    return this.defaultId;
  }

  private create(code: string, name = code, fromFile = true): number {
    const id = Number(this.insert.run(code, name).lastInsertRowid);
    this.undo.inserted('locations', { id });
    this.ids.set(detach(code.toLowerCase()), id);
    if (fromFile) this.created.push(detach(code));
    return id;
  }
}

/** Supplier code or name → id. Suppliers are never invented: a PO needs a real one. */
export class SupplierLookup {
  private readonly ids = new Map<string, number>();

  constructor(db: Db) {
    const rows = db.prepare('SELECT id, code, name FROM suppliers').all() as { id: number; code: string; name: string }[];
    for (const row of rows) this.remember(row.code, row.name, row.id);
  }

  find(codeOrName: string): number | undefined {
    return this.ids.get(codeOrName.trim().toLowerCase());
  }

  remember(code: string, name: string, id: number): void {
    this.ids.set(detach(name.trim().toLowerCase()), id);
    this.ids.set(detach(code.trim().toLowerCase()), id);
  }
}
