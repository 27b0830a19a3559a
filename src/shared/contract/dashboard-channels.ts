import { channel, none } from './channel';
import { keyFiguresSchema } from './schemas/dashboard';

/** Dashboard channels (`dashboard:*`). */
export const dashboardChannels = {
  /** The seven key figures as of the workspace's "today", each with its 12-week trend; cached until data changes. */
  'dashboard:keyFigures': channel(none, keyFiguresSchema),
} as const;
