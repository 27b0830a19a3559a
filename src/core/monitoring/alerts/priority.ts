import { STALE_KINDS, type AlertPriority, type AlertSettings } from '../../../shared/contract/schemas/monitoring';
import type { Detection } from './types';

/** Days within which an alert bites soon enough to go one step up. */
export const URGENT_DAYS = 7;

/**
 * High from `highMoney`, medium from a fifth of it; an alert that bites within a week (stock-out in
 * days, a PO already late) goes one step up. Stale data is always high: every other figure rests on it.
 */
export function priorityOf(detection: Pick<Detection, 'kind' | 'money' | 'urgencyDays'>, settings: Pick<AlertSettings, 'highMoney' | 'minMoney'>): AlertPriority {
  if (STALE_KINDS.includes(detection.kind)) return 'high';
  const medium = settings.highMoney / 5;
  const urgent = detection.urgencyDays !== null && detection.urgencyDays <= URGENT_DAYS;
  if (detection.money >= settings.highMoney || (urgent && detection.money >= medium)) return 'high';
  if (detection.money >= medium || (urgent && detection.money >= settings.minMoney)) return 'medium';
  return 'low';
}
