import { createRng, type Rng } from '../ground/random';
import type { Supplier } from './suppliers';

/** Marks "no such day" in integer day fields. */
export const NO_DAY = -1_000_000;

/** What happens to one PO line after it is placed. */
export interface LineOutcome {
  /** Day of the first (often the only) receipt. */
  firstDay: number;
  firstQty: number;
  firstRejected: number;
  /** A backorder for the balance of a short shipment, or NO_DAY. */
  secondDay: number;
  secondQty: number;
  secondRejected: number;
  /** Short and the balance never came: the line is closed short. */
  closedShort: boolean;
  /** The supplier's confirmation (quantity and date), or -1 / NO_DAY when they never confirmed. */
  confirmedQty: number;
  confirmedDay: number;
}

/**
 * Days late (negative = early) of a whole PO. It is a pure function of supplier, order day and
 * warehouse, so every SKU ordered together arrives together even though SKUs are simulated apart.
 */
export function poDelayDays(
  seed: number,
  supplier: Supplier,
  orderDay: number,
  locationId: number,
  promisedLeadDays: number,
  lunarNewYearDays: readonly number[],
  asOfDay: number,
): number {
  const rng = createRng(seed, 0x0de1a7, supplier.id, orderDay, locationId);
  const b = supplier.delivery;
  // The demo's storyline: port congestion and a supplier in trouble in the last four weeks, so
  // the workspace opens with overdue POs to chase.
  const promisedDay = orderDay + promisedLeadDays;
  const disrupted = promisedDay >= asOfDay - 28 && promisedDay < asOfDay;
  let delay: number;
  if (supplier.kind === 'overseas') {
    delay = Math.round(2 + b.leadTimeSdDays * rng.normal());
    if (rng.chance(disrupted ? 0.6 : b.longDelayProbability)) delay += rng.int(10, 25);
    // Ships do not arrive much before schedule.
    delay = Math.max(delay, -Math.round(promisedLeadDays * 0.15));
  } else {
    const r = rng.next();
    if (r < b.earlyProbability) delay = -rng.int(1, 2);
    else if (r < b.earlyProbability + b.lateProbability) delay = rng.int(b.lateMinDays, b.lateMaxDays);
    else delay = 0;
    if (disrupted && supplier.kind === 'unreliable' && rng.chance(0.9)) delay += rng.int(7, 21);
  }
  if (supplier.closesForLunarNewYear) {
    const end = orderDay + promisedLeadDays + Math.max(delay, 0);
    for (const newYear of lunarNewYearDays) {
      // Factories close from a week before New Year until workers return ~10 days after.
      if (orderDay <= newYear + 10 && end >= newYear - 7) {
        delay += rng.int(7, 14);
        break;
      }
    }
  }
  return delay;
}

/** Short shipments, backorders, rejections and confirmations of one line, from the SKU's stream. */
export function lineOutcome(
  rng: Rng,
  supplier: Supplier,
  qtyOrdered: number,
  orderDay: number,
  promisedDay: number,
  delayDays: number,
): LineOutcome {
  const b = supplier.delivery;
  const firstDay = Math.max(orderDay + 1, promisedDay + delayDays);
  let firstQty = qtyOrdered;
  let secondDay = NO_DAY;
  let secondQty = 0;
  let closedShort = false;
  if (qtyOrdered > 1 && rng.chance(b.shortProbability)) {
    const fill = supplier.kind === 'unreliable' ? rng.range(0.5, 0.9) : rng.range(0.7, 0.97);
    firstQty = Math.max(1, Math.floor(qtyOrdered * fill));
    if (firstQty < qtyOrdered) {
      if (rng.chance(b.backorderProbability)) {
        secondDay = firstDay + rng.int(7, 21);
        secondQty = qtyOrdered - firstQty;
      } else {
        closedShort = true;
      }
    }
  }
  const confirmed = rng.chance(b.confirmProbability);
  // Honest suppliers confirm a shortfall they know about and a realistic date; the shaky one
  // confirms everything on time.
  const honest = supplier.kind !== 'unreliable';
  return {
    firstDay,
    firstQty,
    firstRejected: rejected(rng, supplier, firstQty),
    secondDay,
    secondQty,
    secondRejected: secondQty > 0 ? rejected(rng, supplier, secondQty) : 0,
    closedShort,
    confirmedQty: confirmed ? (honest && closedShort ? firstQty : qtyOrdered) : -1,
    confirmedDay: confirmed
      ? promisedDay + (honest && supplier.kind === 'overseas' ? Math.round(delayDays * 0.7) : 0)
      : NO_DAY,
  };
}

function rejected(rng: Rng, supplier: Supplier, received: number): number {
  if (!rng.chance(supplier.delivery.rejectProbability)) return 0;
  return Math.min(received, Math.max(1, Math.round(received * rng.range(0.01, 0.08))));
}
