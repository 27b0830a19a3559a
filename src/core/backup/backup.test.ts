import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createWorkspace, openWorkspace, type Workspace } from '../db/workspace';
import { backupFilePath, listBackups, newBackupName, parseBackupName, workspaceBackupFolder } from './backup-files';
import { backupNow } from '../app/backup/backup-now';
import { checkFile } from './integrity';
import { checkFileInWorker } from './integrity-worker';
import { BackupScheduler } from './scheduler';
import { takeBackup } from './take-backup';

function supplierCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM suppliers').pluck().get() as number;
  } finally {
    db.close();
  }
}

function addSupplier(workspace: Workspace, code: string): void {
  workspace.db.prepare('INSERT INTO suppliers (code, name) VALUES (?, ?)').run(code, `Supplier ${code}`);
}

describe('backups', () => {
  const tempDir = useTempDir();

  function setup() {
    const dir = tempDir();
    const file = path.join(dir, 'workspaces', 'Shop.supplydesk');
    fs.mkdirSync(path.dirname(file));
    const workspace = createWorkspace(file, { name: 'Shop' });
    return { dir, file, root: path.join(dir, 'backups'), workspace };
  }

  it('names backups by time and reason, and only such names resolve to files', () => {
    const { root, file, workspace } = setup();
    const folder = workspaceBackupFolder(root, file);
    expect(path.dirname(folder)).toBe(root);
    expect(path.basename(folder)).toMatch(/^Shop-[0-9a-f]{8}$/);
    const name = newBackupName(folder, 'manual', new Date('2026-11-29T04:30:00.123Z'));
    expect(name).toBe('2026-11-29T04-30-00-123Z_manual.supplydesk');
    expect(parseBackupName(name)).toEqual({ createdAt: '2026-11-29T04:30:00.123Z', reason: 'manual' });
    expect(parseBackupName('notes.txt')).toBeNull();
    expect(backupFilePath(root, file, '../../Shop.supplydesk')).toBeNull();
    expect(backupFilePath(root, file, name)).toBeNull(); // not taken yet
    workspace.close();
  });

  it('takes a consistent, sound copy while the workspace stays open and in use', async () => {
    const { root, file, workspace } = setup();
    addSupplier(workspace, 'S1');
    const entry = await takeBackup(workspace.db, file, root, 'manual');
    addSupplier(workspace, 'S2');
    const backupFile = backupFilePath(root, file, entry.id)!;
    expect(checkFile(backupFile)).toEqual([]);
    expect(supplierCount(backupFile)).toBe(1);
    expect(fs.readdirSync(path.dirname(backupFile)).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(listBackups(root, file).map((b) => b.id)).toEqual([entry.id]);
    workspace.close();
  });

  it('backs up a bare connection (the CLI, a job) into a given backups folder', async () => {
    const { root, file, workspace } = setup();
    const entry = await backupNow(workspace.db, 'before-import', root);
    expect(entry.reason).toBe('before-import');
    expect(listBackups(root, file)).toHaveLength(1);
    workspace.close();
  });

  it('rotates: at most the newest ten (plus one per earlier day) remain', async () => {
    const { root, file, workspace } = setup();
    for (let i = 0; i < 13; i++) await takeBackup(workspace.db, file, root, 'scheduled');
    // All taken today: the newest ten stay, the day's newest is among them.
    expect(listBackups(root, file)).toHaveLength(10);
    workspace.close();
  });

  it('lists the pre-migration copy beside the workspace as a backup', () => {
    const { root, file, workspace } = setup();
    workspace.close();
    const copy = `${file}.v1-2026-01-02T03-04-05-006Z.bak`;
    fs.copyFileSync(file, copy);
    const [entry] = listBackups(root, file);
    expect(entry).toMatchObject({ id: path.basename(copy), reason: 'before-migration', createdAt: '2026-01-02T03:04:05.006Z' });
    expect(backupFilePath(root, file, entry!.id)).toBe(copy);
  });

  it('the schedule backs up only when the workspace changed since its last backup', async () => {
    const { root, file } = setup();
    let current: Workspace | null = openWorkspace(file);
    const scheduler = new BackupScheduler({ current: () => current, backupsRoot: root, intervalMs: 0 });
    scheduler.watch(current);
    expect(await scheduler.tick()).toBeNull(); // just opened, unchanged
    addSupplier(current, 'S1');
    expect((await scheduler.tick())?.reason).toBe('scheduled');
    expect(await scheduler.tick()).toBeNull();

    // A commit by another connection (a job's writer) counts as a change too.
    const other = new Database(file);
    other.prepare("INSERT INTO suppliers (code, name) VALUES ('S2', 'Other writer')").run();
    other.close();
    const entry = await scheduler.tick();
    expect(entry).not.toBeNull();
    expect(supplierCount(backupFilePath(root, file, entry!.id)!)).toBe(2);
    current.close();
    current = null;
    expect(await scheduler.tick()).toBeNull();
  });
});

describe('integrity check in a worker', () => {
  const tempDir = useTempDir();

  it('finds a sound workspace sound, and names the damage in a damaged one', async () => {
    const file = path.join(tempDir(), 'Shop.supplydesk');
    const workspace = createWorkspace(file, { name: 'Shop' });
    const insert = workspace.db.prepare('INSERT INTO suppliers (code, name) VALUES (?, ?)');
    for (let i = 0; i < 2000; i++) insert.run(`S${i}`, `Supplier ${i}`);
    expect(await checkFileInWorker(file)).toEqual([]); // open, with its WAL
    workspace.close();
    const pages = fs.statSync(file).size / 4096;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, (pages - 3) * 4096);
    fs.closeSync(fd);
    const problems = await checkFileInWorker(file);
    expect(problems.length).toBeGreaterThan(0);
    expect(await checkFileInWorker(path.join(path.dirname(file), 'missing.supplydesk'))).toEqual([expect.stringMatching(/unable to open|does not exist/)]);
  });
});
