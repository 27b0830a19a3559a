import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import type { EventName, EventPayload } from '../../shared/contract/events';
import { createWorkspace, openWorkspace } from '../db/workspace';
import { scheduleBackgroundCheck } from './background-check';
import { EventBus } from './event-bus';

/** A workspace whose products table spans a few hundred pages. */
function filledWorkspace(file: string): void {
  const ws = createWorkspace(file, { name: 'W' });
  const insert = ws.db.prepare('INSERT INTO products (sku, name) VALUES (?, ?)');
  ws.db.transaction(() => {
    for (let i = 0; i < 20_000; i++) insert.run(`SKU-${i}`, `name ${i} `.repeat(5));
  })();
  ws.close();
}

function damagePages(file: string): void {
  const fd = fs.openSync(file, 'r+');
  for (let page = 60; page < 400; page += 7) fs.writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, page * 4096 + 100);
  fs.closeSync(fd);
}

function recordEvents(bus: EventBus): { name: EventName; payload: unknown }[] {
  const seen: { name: EventName; payload: unknown }[] = [];
  bus.subscribe(<E extends EventName>(name: E, payload: EventPayload<E>) => seen.push({ name, payload }));
  return seen;
}

describe('a large workspace opens without walking every page', () => {
  const tempDir = useTempDir();

  it('opens a file above the size limit after checking its schema only, and the background check then reports the damage', async () => {
    const file = path.join(tempDir(), 'w.supplydesk');
    filledWorkspace(file);
    damagePages(file);
    // Below the limit the open walks every page and refuses the file.
    expect(() => openWorkspace(file)).toThrow(/is damaged/);

    const workspace = openWorkspace(file, { wholeFileCheckMaxBytes: 0 });
    try {
      expect(workspace.wholeFileCheckOwed).toBe(true);
      const bus = new EventBus();
      const seen = recordEvents(bus);
      const problems = await scheduleBackgroundCheck(workspace, bus, () => true, 0).done;
      expect(problems?.length).toBeGreaterThan(0);
      expect(seen).toHaveLength(1);
      expect(seen[0]!.name).toBe('workspace:damaged');
      expect(seen[0]!.payload).toMatchObject({ workspacePath: file, ok: false });
    } finally {
      workspace.close();
    }
  });

  it('a sound large file passes the background check silently; a small one owes no check', async () => {
    const file = path.join(tempDir(), 'w.supplydesk');
    filledWorkspace(file);
    const large = openWorkspace(file, { wholeFileCheckMaxBytes: 0 });
    const bus = new EventBus();
    const seen = recordEvents(bus);
    try {
      expect(await scheduleBackgroundCheck(large, bus, () => true, 0).done).toEqual([]);
      expect(seen).toEqual([]);
    } finally {
      large.close();
    }
    const small = openWorkspace(file);
    try {
      expect(small.wholeFileCheckOwed).toBe(false);
      expect(await scheduleBackgroundCheck(small, bus, () => true, 0).done).toBeNull();
    } finally {
      small.close();
    }
  });

  it('a check cancelled before it starts (the workspace closed) reports nothing', async () => {
    const file = path.join(tempDir(), 'w.supplydesk');
    filledWorkspace(file);
    damagePages(file);
    const workspace = openWorkspace(file, { wholeFileCheckMaxBytes: 0 });
    const bus = new EventBus();
    const seen = recordEvents(bus);
    const check = scheduleBackgroundCheck(workspace, bus, () => true, 60_000);
    check.cancel();
    workspace.close();
    expect(await check.done).toBeNull();
    expect(seen).toEqual([]);
  });
});
