/** Messages for watch: English is the source of keys, zh-CN must match them. */
export const watchMessagesEn = {} as const;

export const watchMessagesZhCN: Record<keyof typeof watchMessagesEn, string> = {};
