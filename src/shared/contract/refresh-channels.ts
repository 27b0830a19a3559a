import type { channel } from './channel';

/** Incremental refresh channels (`refresh:*`). */
export const refreshChannels = {} as const satisfies Record<string, ReturnType<typeof channel>>;
