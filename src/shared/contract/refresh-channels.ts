import { z } from 'zod';
import { channel, none } from './channel';
import { refreshStatusSchema } from './schemas/refresh';

/** Incremental refresh channels (`refresh:*`): forecasts, plan and alerts after new data. */
export const refreshChannels = {
  /** A manual refresh (or the one offered after an import); joins the refresh already running. */
  'refresh:start': channel(z.object({ importIds: z.array(z.number().int()).optional() }).strict().optional(), z.object({ jobId: z.string() })),
  'refresh:status': channel(none, refreshStatusSchema),
} as const satisfies Record<string, ReturnType<typeof channel>>;
