/**
 * A retail event as the forecast sees it: a named span of days. `key` groups the occurrences of
 * one event across years (every Double 11 is `double11`), so a model learns each event's effect
 * once from all its past years and applies it to the next one.
 */
export interface EventSpan {
  /** Stable id of the event, shared by all its years: `springFestival`, `double11`, or a user's own. */
  key: string;
  /** First day, yyyy-mm-dd. */
  from: string;
  /** Last day, yyyy-mm-dd, inclusive. */
  to: string;
}
