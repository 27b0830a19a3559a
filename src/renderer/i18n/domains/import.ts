/** Messages for the import wizard on the Data page: English is the source of keys, zh-CN must match them. */
export const importMessagesEn = {} as const;

export const importMessagesZhCN: Record<keyof typeof importMessagesEn, string> = {};
