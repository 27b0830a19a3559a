/** Messages for monitoring: English is the source of keys, zh-CN must match them. */
export const monitoringMessagesEn = {} as const;

export const monitoringMessagesZhCN: Record<keyof typeof monitoringMessagesEn, string> = {};
