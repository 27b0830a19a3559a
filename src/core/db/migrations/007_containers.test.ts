import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 007: container and volume limits', () => {
  const tempDir = useTempDir();

  it('adds nullable positive volume, weight and container columns', () => {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    migrate(db, 'w.supplydesk', migrations);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7);
    db.prepare("INSERT INTO products (sku, name) VALUES ('A', 'a')").run();
    db.prepare("INSERT INTO suppliers (code, name) VALUES ('S', 's')").run();
    const product = db.prepare("SELECT unit_volume_m3, unit_weight_kg FROM products WHERE sku = 'A'").get();
    expect(product).toEqual({ unit_volume_m3: null, unit_weight_kg: null });
    expect(() => db.prepare("UPDATE products SET unit_volume_m3 = 0.012, unit_weight_kg = 0.4 WHERE sku = 'A'").run()).not.toThrow();
    expect(() => db.prepare("UPDATE products SET unit_volume_m3 = 0 WHERE sku = 'A'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE products SET unit_weight_kg = -1 WHERE sku = 'A'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE suppliers SET container_volume_m3 = 58, container_weight_kg = 26500, max_containers = 2").run()).not.toThrow();
    expect(() => db.prepare('UPDATE suppliers SET max_containers = 0').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE suppliers SET max_containers = 1.5').run()).toThrow();
    expect(() => db.prepare('UPDATE suppliers SET container_volume_m3 = -28').run()).toThrow(/CHECK/);
    db.close();
  });
});
