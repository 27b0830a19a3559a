import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { memoByDataVersion } from './connection-memo';

describe('a result kept while the data version stands', () => {
  const tempDir = useTempDir();

  it('is computed again after a write on this connection or a commit on another', () => {
    const file = path.join(tempDir(), 'w.db');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x INTEGER)');
    let computed = 0;
    const sum = memoByDataVersion((d) => {
      computed++;
      return d.prepare('SELECT total(x) FROM t').pluck().get() as number;
    });
    expect(sum(db)).toBe(0);
    expect(sum(db)).toBe(0);
    expect(computed).toBe(1);
    db.prepare('INSERT INTO t VALUES (2)').run();
    expect(sum(db)).toBe(2);
    const other = new Database(file);
    other.prepare('INSERT INTO t VALUES (3)').run();
    other.close();
    expect(sum(db)).toBe(5);
    expect(computed).toBe(3);
    // Another connection to the same file starts cold.
    const third = new Database(file);
    expect(sum(third)).toBe(5);
    expect(computed).toBe(4);
    third.close();
    db.close();
  });
});
