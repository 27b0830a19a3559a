import type { channel } from './channel';

/** Monitoring channels (`monitoring:*`). */
export const monitoringChannels = {} as const satisfies Record<string, ReturnType<typeof channel>>;
