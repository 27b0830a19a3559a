import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../shared/contract/schemas/backup';
import { backupsToDelete } from './rotation';

function entry(createdAt: string): BackupEntry {
  return { id: `${createdAt}_scheduled.supplydesk`, createdAt, reason: 'scheduled', bytes: 1 };
}

describe('backup rotation', () => {
  const now = new Date('2026-11-29T12:00:00.000Z');

  it('keeps everything while there are no more than the latest N', () => {
    const backups = ['2026-11-29T10:00:00.000Z', '2026-11-29T11:00:00.000Z'].map(entry);
    expect(backupsToDelete(backups, now, { latest: 3, dailyForDays: 7 })).toEqual([]);
  });

  it('keeps the newest N plus the newest of each of the last days, deletes the rest', () => {
    const backups = [
      '2026-11-29T11:00:00.000Z',
      '2026-11-29T10:00:00.000Z',
      '2026-11-29T09:00:00.000Z', // same day as two newer ones, beyond N: deleted
      '2026-11-28T23:00:00.000Z', // newest of the 28th: kept
      '2026-11-28T08:00:00.000Z', // deleted
      '2026-11-23T08:00:00.000Z', // 7th day back (23rd..29th): kept
      '2026-11-22T08:00:00.000Z', // 8 days back: deleted
    ].map(entry);
    const deleted = backupsToDelete(backups, now, { latest: 2, dailyForDays: 7 }).map((b) => b.createdAt);
    expect(deleted).toEqual(['2026-11-29T09:00:00.000Z', '2026-11-28T08:00:00.000Z', '2026-11-22T08:00:00.000Z']);
  });

  it('does not depend on the order it is given', () => {
    const backups = ['2026-11-20T01:00:00.000Z', '2026-11-29T01:00:00.000Z', '2026-11-21T01:00:00.000Z'].map(entry);
    const deleted = backupsToDelete(backups, now, { latest: 1, dailyForDays: 2 }).map((b) => b.createdAt);
    expect(deleted.sort()).toEqual(['2026-11-20T01:00:00.000Z', '2026-11-21T01:00:00.000Z']);
  });
});
