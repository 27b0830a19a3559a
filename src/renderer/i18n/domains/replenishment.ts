/** Messages for the Replenishment page: English is the source of keys, zh-CN must match them. */
export const replenishmentMessagesEn = {} as const;

export const replenishmentMessagesZhCN: Record<keyof typeof replenishmentMessagesEn, string> = {};
