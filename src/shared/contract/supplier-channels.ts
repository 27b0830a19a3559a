/** Supplier scorecards, lead times and collaboration packs. */
export const supplierChannels = {} as const;
