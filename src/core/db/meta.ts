import type Database from 'better-sqlite3';

export interface WorkspaceMeta {
  name: string;
  kind: 'user' | 'demo';
  createdAt: string;
  /** For demos: the "today" the data was generated for. */
  asOf?: string;
  seed?: number;
}

export function readMeta(db: Database.Database): WorkspaceMeta {
  const rows = db.prepare('SELECT key, value FROM workspace_meta').all() as { key: string; value: string }[];
  const map = new Map(rows.map((r) => [r.key, r.value]));
  const meta: WorkspaceMeta = {
    name: map.get('name') ?? 'Workspace',
    kind: map.get('kind') === 'demo' ? 'demo' : 'user',
    createdAt: map.get('createdAt') ?? '',
  };
  const asOf = map.get('asOf');
  if (asOf) meta.asOf = asOf;
  const seed = map.get('seed');
  if (seed !== undefined) meta.seed = Number(seed);
  return meta;
}

export function writeMeta(db: Database.Database, meta: Partial<WorkspaceMeta>): void {
  db.transaction(() => {
    for (const [key, value] of Object.entries(meta)) {
      if (value !== undefined) setMetaValue(db, key, String(value));
    }
  })();
}

/** One value kept in workspace_meta (a kept table's state, the last refresh), or undefined. */
export function metaValue(db: Database.Database, key: string): string | undefined {
  return db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(key) as string | undefined;
}

export function setMetaValue(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function deleteMetaValue(db: Database.Database, key: string): void {
  db.prepare('DELETE FROM workspace_meta WHERE key = ?').run(key);
}
