/** Workspace backups and restore. */
export const backupChannels = {} as const;
