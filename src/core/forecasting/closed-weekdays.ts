/**
 * Weekdays the shop is closed: on a daily history where every series together sold nothing on
 * the same weekday in each of the last CLOSED_WEEKS weeks while selling on the others (the
 * online gift retailer never ships on Saturdays), a forecast that spreads a rate over all seven
 * days puts a seventh of it on a day that sells nothing and shorts the open days. The rule moves
 * that mass onto the open days of the horizon: the total is kept, the closed days forecast zero.
 */

/** Weeks in a row a weekday must have sold nothing, shop-wide, to count as closed. */
export const CLOSED_WEEKS = 8;

/** Weekday of a UTC day number, 0 = Monday … 6 = Sunday (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * The closed weekdays (0 = Monday) of daily series that all end on `lastDay`; empty when fewer
 * than `minSeries` series cover the last CLOSED_WEEKS weeks or any of those weeks sold nothing at all.
 */
export function closedWeekdays(series: readonly ArrayLike<number>[], lastDay: number, minSeries: number): Set<number> {
  const pool = new ClosedWeekdayPool();
  for (const s of series) pool.add(s);
  return pool.closed(lastDay, minSeries);
}

/** The shop's sales of the last CLOSED_WEEKS weeks pooled a series at a time, so a streamed run needs no series twice. */
export class ClosedWeekdayPool {
  private readonly totals = new Float64Array(CLOSED_WEEKS * 7);
  private covering = 0;

  /** A daily series ending on the pool's last day. */
  add(s: ArrayLike<number>): void {
    const days = this.totals.length;
    if (s.length < days) return;
    this.covering++;
    for (let j = 0; j < days; j++) {
      const v = s[s.length - 1 - j] as number;
      if (Number.isFinite(v) && v > 0) this.totals[j]! += v;
    }
  }

  /** The closed weekdays of the series added, which all end on `lastDay`. */
  closed(lastDay: number, minSeries: number): Set<number> {
    const { totals } = this;
    const closed = new Set<number>();
    if (this.covering < minSeries) return closed;
    const soldOn = new Float64Array(7);
    for (let week = 0; week < CLOSED_WEEKS; week++) {
      let sold = 0;
      for (let j = week * 7; j < week * 7 + 7; j++) sold += totals[j]!;
      // A week with no sale at all (a holiday closure) says nothing about weekdays: no rule.
      if (!(sold > 0)) return closed;
    }
    for (let j = 0; j < totals.length; j++) soldOn[weekdayOf(lastDay - j)]! += totals[j]!;
    soldOn.forEach((sold, weekday) => {
      if (sold === 0) closed.add(weekday);
    });
    return closed;
  }
}

/**
 * In place: zero on the closed weekdays of the horizon (steps dated lastDay + 1 …), the mean's
 * mass there moved onto the open days in proportion (each quantile scaled alike), so the
 * horizon's total is unchanged.
 */
export function moveClosedDays(mean: Float64Array, quantiles: readonly Float64Array[], closed: ReadonlySet<number>, lastDay: number): void {
  if (closed.size === 0 || closed.size >= 7) return;
  let onClosed = 0;
  let onOpen = 0;
  for (let t = 0; t < mean.length; t++) {
    if (closed.has(weekdayOf(lastDay + t + 1))) onClosed += mean[t] as number;
    else onOpen += mean[t] as number;
  }
  // Nothing forecast on open days: no proportion to follow, the forecast stays as it is.
  if (!(onOpen > 0)) return;
  const factor = (onOpen + onClosed) / onOpen;
  for (let t = 0; t < mean.length; t++) {
    const shut = closed.has(weekdayOf(lastDay + t + 1));
    const k = shut ? 0 : factor;
    mean[t] = (mean[t] as number) * k;
    for (const q of quantiles) if (t < q.length) q[t] = (q[t] as number) * k;
  }
}
