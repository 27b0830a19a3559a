/**
 * The events the global model sees for a history and its horizon: the default retail calendar
 * (Spring Festival, 618, Double 11, …) for every year the history touches and the year after.
 * A workspace's own event calendar, when there is one, belongs here too.
 */

import type { EventSpan } from '../forecast/events/event-span';
import { defaultRetailEvents } from '../forecast/events/retail-events';
import { isoFromDay } from '../ground/calendar';

export function defaultEventsForDays(firstDay: number, lastDay: number): EventSpan[] {
  const year = (day: number) => Number(isoFromDay(day).slice(0, 4));
  return defaultRetailEvents(year(firstDay), year(lastDay) + 1);
}
