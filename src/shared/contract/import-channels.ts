/** Importing files: inspect, map, preview, import as a job, log and undo. */
export const importChannels = {} as const;
