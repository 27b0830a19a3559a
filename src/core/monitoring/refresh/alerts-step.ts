/**
 * The alerts step of every refresh. It runs in the refresh job's worker, inside the refresh's
 * transaction, on the job's own connection. The alerts engine is built separately; once merged,
 * this becomes `(db, options) => refreshAlerts(db, options)` from '../alerts' — the one line to
 * change. Until then it does nothing (its time is still measured and reported).
 */

import type { RefreshAlertsStep } from './types';

export const refreshAlertsStep: RefreshAlertsStep = () => null;
