import type { channel } from './channel';

/** Watch channels (`watch:*`). */
export const watchChannels = {} as const satisfies Record<string, ReturnType<typeof channel>>;
