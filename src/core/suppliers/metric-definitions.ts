/**
 * Supplier metrics: the definitions every number on a scorecard keeps to.
 *
 * Population. A PO line belongs to a period by its *due date*: the line's promised date, else the
 * PO's, else order date + the supplier-SKU terms lead time, else + the supplier's default lead time
 * (a line with none of these is left out). Draft and cancelled POs and cancelled lines are left
 * out. Nothing after the as-of date exists yet: later POs and receipts are ignored.
 *
 * A line is *judged* when it is due by the as-of date and either has a receipt or is overdue
 * (as-of > due + tolerance with nothing received). A line still within its tolerance with nothing
 * received is not judged yet; a line due after the as-of date is not judged even if delivered early
 * (it counts in the period it is due in). A line marked received with no receipt rows at all (its
 * receipts were recorded without the PO line) cannot be timed and is not judged either.
 * Delivery metrics use judged lines only.
 *
 * - delivered: a judged line with at least one receipt. `deliveries` counts delivered lines.
 * - overdue: a judged line with no receipt. It is late already, so it counts as not on time, not in
 *   full and not OTIF, and adds its ordered quantity with nothing accepted to the fill rate.
 * - accepted = received − rejected (a receipt's qty_received includes rejected units).
 * - on time: the first receipt date ≤ due date + tolerance days. Early is on time.
 * - in full: Σ accepted over all receipts ≥ qty_ordered. Confirmed quantities do not lower the bar:
 *   a supplier who confirms short still leaves the buyer short.
 * - OTIF: Σ accepted from receipts dated ≤ due + tolerance ≥ qty_ordered (complete on time).
 * - fill rate: Σ min(accepted, ordered) / Σ ordered over judged lines (an over-delivery on one line
 *   does not hide a shortage on another).
 * - lead time: first receipt date − PO order date, in days, per delivered line; promised lead time
 *   = due date − order date; bias = mean(lead time − promised lead time), positive = slower.
 *   Percentiles are linear-interpolated (type 7). Overdue lines are not lead-time samples.
 * - lead-time reliability: share of judged lines delivered within ± max(1 day, tolerance,
 *   10% of the promised lead time) of the promised lead time; an overdue line is outside.
 * - rejection rate: Σ rejected / Σ received over the receipts of judged lines.
 * - price variance: Σ (line unit cost − terms unit cost) × qty / Σ terms unit cost × qty, over
 *   lines due in the period that have both costs (value-weighted; positive = paid more than agreed).
 * - orders / lines / spend: distinct POs, lines, and Σ qty_ordered × unit cost (the line's, else the
 *   terms') over lines due in the period, judged or not.
 *
 * Rates are fractions 0–1, or null when their denominator is zero.
 */

import { traceableMetricSchema, type TraceableMetricName } from '../../shared/contract/schemas/suppliers';

/** The metrics a trace can explain, with the lines that make it up: the contract's list. */
export const TRACEABLE_METRICS = traceableMetricSchema.options;
export type TraceableMetric = TraceableMetricName;

/** Lead-time reliability window: at least this many days either side of the promised lead time. */
export const RELIABILITY_MIN_DAYS = 1;
/** ... or this share of the promised lead time, whichever is wider (a 60-day voyage may vary more). */
export const RELIABILITY_SHARE = 0.1;
