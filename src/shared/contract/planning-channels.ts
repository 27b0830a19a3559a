/** Replenishment plans, purchase order drafts, simulation and export. */
export const planningChannels = {} as const;
