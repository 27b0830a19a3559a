/** Messages for the dashboard's key figures: English is the source of keys, zh-CN must match them. */
export const dashboardMessagesEn = {} as const;

export const dashboardMessagesZhCN: Record<keyof typeof dashboardMessagesEn, string> = {};
