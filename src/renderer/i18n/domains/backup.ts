/** Messages for backups and restore in Settings: English is the source of keys, zh-CN must match them. */
export const backupMessagesEn = {} as const;

export const backupMessagesZhCN: Record<keyof typeof backupMessagesEn, string> = {};
