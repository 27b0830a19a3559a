import type { BackupEntry } from '../../shared/contract/schemas/backup';

/**
 * The rotation rule: keep the newest `latest` backups, and in addition the newest backup of
 * each of the last `dailyForDays` calendar days (UTC). Everything else in the workspace's
 * backup folder is deleted after each new backup. Pre-migration copies beside the workspace
 * are never rotated: they are rare and mark a point the user may want to return to.
 */
export const KEEP = { latest: 10, dailyForDays: 7 } as const;

export function backupsToDelete(
  backups: readonly BackupEntry[],
  now: Date,
  keep: { latest: number; dailyForDays: number } = KEEP,
): BackupEntry[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const kept = new Set(newestFirst.slice(0, keep.latest).map((b) => b.id));
  const oldestDay = new Date(now.getTime() - (keep.dailyForDays - 1) * 86_400_000).toISOString().slice(0, 10);
  const seenDays = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10);
    if (day < oldestDay || seenDays.has(day)) continue;
    seenDays.add(day);
    kept.add(backup.id);
  }
  return newestFirst.filter((b) => !kept.has(b.id));
}
