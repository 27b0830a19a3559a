import type { channel } from './channel';

/** Dashboard channels (`dashboard:*`). */
export const dashboardChannels = {} as const satisfies Record<string, ReturnType<typeof channel>>;
