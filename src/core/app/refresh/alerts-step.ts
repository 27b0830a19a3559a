/**
 * The alerts step of every refresh. It runs in the refresh job's worker, inside the refresh's
 * transaction, on the job's own connection. The alerts keep their own "today" (the demo's as-of
 * date or the calendar's, moved forward by newer sales): a stale-data alert needs the calendar.
 */

import { refreshAlerts } from '../../monitoring/alerts';
import type { RefreshAlertsStep } from './types';

export const refreshAlertsStep: RefreshAlertsStep = (db) => refreshAlerts(db);
