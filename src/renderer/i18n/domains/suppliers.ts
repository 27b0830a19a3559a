/** Messages for the Suppliers page: English is the source of keys, zh-CN must match them. */
export const supplierMessagesEn = {} as const;

export const supplierMessagesZhCN: Record<keyof typeof supplierMessagesEn, string> = {};
