import type { DemoCalendar } from './calendar';
import type { Product } from './catalog';
import type { DemandCurve, DemandParams } from './demand-model';
import { lineOutcome, NO_DAY, poDelayDays } from './deliveries';
import type { OrderBook } from './order-book';
import type { Rng } from '../ground/random';
import { DemandMemory, minMaxOrderQty, roundToTerms, type MinMaxRule } from './reorder-policy';
import type { ProductSupply, SupplyTerm } from './supplier-terms';
import type { Supplier } from './suppliers';

/** Where simulated rows go, in primary-key order (product, location, day). */
export interface HistorySink {
  sale(
    productId: number, locationId: number, day: number,
    units: number, revenue: number, orders: number, promo: number, stockout: number,
  ): void;
  snapshot(productId: number, locationId: number, day: number, onHand: number): void;
}

export interface SimulationSetup {
  seed: number;
  calendar: DemoCalendar;
  /** Per supplier id: 1 on the days the merchant places orders with that supplier. */
  reviewDays: ReadonlyMap<number, Uint8Array>;
  majorPeakDays: readonly number[];
  lunarNewYearDays: readonly number[];
  book: OrderBook;
  sink: HistorySink;
}

/** Chance the merchant skips a planned order review (busy, travelling, cash tight). */
const MISSED_REVIEW = 0.07;

/** One SKU at one warehouse, for the duration of a run. */
interface Stocking {
  productId: number;
  locationId: number;
  primary: SupplyTerm;
  secondary: SupplyTerm | null;
  primaryReview: Uint8Array;
  secondaryReview: Uint8Array | null;
  rule: MinMaxRule;
  plansForPromotions: boolean;
  rng: Rng;
}

/**
 * Day-by-day stock of one SKU at one warehouse: receipts arrive, the merchant reviews and orders,
 * customers buy what is on the shelf. Sales stop when stock hits zero (a stock-out row instead).
 */
export class InventorySimulator {
  private readonly arrivals: Float64Array;
  private readonly closes: Float64Array;
  private readonly memory = new DemandMemory();
  private onOrder = 0;
  private emergencyUntil = -1;

  constructor(private readonly setup: SimulationSetup) {
    this.arrivals = new Float64Array(setup.calendar.days);
    this.closes = new Float64Array(setup.calendar.days);
  }

  run(
    product: Product,
    params: DemandParams,
    supply: ProductSupply,
    curve: DemandCurve,
    locationId: number,
    share: number,
    rng: Rng,
  ): void {
    const { calendar, sink, reviewDays } = this.setup;
    const days = calendar.days;
    const { primary, secondary } = supply;
    const sku: Stocking = {
      productId: product.id,
      locationId,
      primary,
      secondary,
      primaryReview: reviewDays.get(primary.supplier.id) as Uint8Array,
      secondaryReview: secondary ? (reviewDays.get(secondary.supplier.id) as Uint8Array) : null,
      rule: drawRule(primary.supplier, rng),
      plansForPromotions: product.brand.plansForPromotions,
      rng,
    };
    const guess = params.baseRate * share * params.merchantGuessFactor;
    const { launchDay: launch, discontinueDay: stopOrdering, id: productId } = product;
    const { expected, unitPrice, promo } = curve;
    const dispersion = params.dispersion;

    this.arrivals.fill(0);
    this.closes.fill(0);
    this.onOrder = 0;
    this.emergencyUntil = -1;
    this.memory.reset(guess);

    // Opening stock: running SKUs start with some weeks of cover; launches get a first order
    // timed to arrive just before launch (if the supplier is on time).
    let onHand = 0;
    let start = 0;
    const launchQty = roundToTerms(guess * (primary.leadTimeDays + 14 + sku.rule.cycleDays * 0.6), primary);
    if (launch < 0) {
      onHand = Math.round(guess * rng.range(20, 50));
    } else if (launch - primary.leadTimeDays - 3 >= 0) {
      start = launch - primary.leadTimeDays - 3;
      this.place(sku, primary, start, launchQty);
    } else {
      onHand = launchQty;
      start = launch;
    }

    let delisted = false;
    for (let d = start; d < days; d++) {
      onHand += this.arrivals[d] as number;
      this.onOrder -= this.closes[d] as number;
      // Discontinued and sold out: delisted, no more sales rows; the next snapshot records the zero.
      if (d > stopOrdering && onHand <= 0 && this.onOrder <= 0) delisted = true;
      const live = d >= launch && !delisted;
      if (live && d <= stopOrdering) this.review(sku, d, onHand);

      if (live) {
        if (onHand <= 0) {
          sink.sale(productId, locationId, d, 0, 0, 0, promo[d] as number, 1);
          this.memory.record(0, false);
        } else {
          const demand = rng.negativeBinomial((expected[d] as number) * share, dispersion);
          const sold = demand < onHand ? demand : onHand;
          if (sold > 0) {
            const revenue = Math.round(sold * (unitPrice[d] as number) * 100) / 100;
            const orders = sold === 1 ? 1 : Math.max(1, Math.round(sold / rng.range(1, 1.3)));
            sink.sale(productId, locationId, d, sold, revenue, orders, promo[d] as number, 0);
            onHand -= sold;
          }
          this.memory.record(sold, true);
        }
      }
      if (calendar.weekday[d] === 6 || d === days - 1) {
        sink.snapshot(productId, locationId, d, onHand);
        if (delisted) return;
      }
    }
  }

  /** The merchant's order decisions on a day: the regular min/max order and rush orders. */
  private review(sku: Stocking, d: number, onHand: number): void {
    const { primary, secondary, rng } = sku;
    if (sku.primaryReview[d] === 1 && !rng.chance(MISSED_REVIEW)) {
      let estimate = this.memory.estimate();
      const arrives = d + primary.leadTimeDays;
      if (sku.plansForPromotions && this.promotionAhead(arrives, arrives + primary.supplier.reviewEveryDays + 21)) {
        estimate *= 1.8;
      }
      const qty = minMaxOrderQty(sku.rule, primary, estimate, primary.supplier.reviewEveryDays, onHand + this.onOrder);
      if (qty > 0) this.place(sku, primary, d, qty);
    }
    if (secondary && sku.secondaryReview?.[d] === 1 && d > this.emergencyUntil) {
      // A rush order from the backup when the shelf will be empty before the next delivery.
      const estimate = this.memory.estimate();
      if (onHand < estimate * 5 && !this.arrivingWithin(d + 1, d + 7)) {
        this.emergencyUntil = this.place(sku, secondary, d, roundToTerms(estimate * 21, secondary));
      }
    }
  }

  /** Places one PO line, books its deliveries, and returns the day it is closed. */
  private place(sku: Stocking, term: SupplyTerm, day: number, qty: number): number {
    const { seed, lunarNewYearDays, book } = this.setup;
    const promisedDay = day + term.leadTimeDays;
    const asOfDay = this.arrivals.length - 1;
    const delay = poDelayDays(seed, term.supplier, day, sku.locationId, term.leadTimeDays, lunarNewYearDays, asOfDay);
    const outcome = lineOutcome(sku.rng, term.supplier, qty, day, promisedDay, delay);
    book.add(sku.productId, sku.locationId, term, day, qty, promisedDay, outcome);
    this.onOrder += qty;
    addOn(this.arrivals, outcome.firstDay, outcome.firstQty - outcome.firstRejected);
    if (outcome.secondDay !== NO_DAY) addOn(this.arrivals, outcome.secondDay, outcome.secondQty - outcome.secondRejected);
    const closeDay = outcome.secondDay !== NO_DAY ? outcome.secondDay : outcome.firstDay;
    addOn(this.closes, closeDay, qty);
    return closeDay;
  }

  private arrivingWithin(from: number, to: number): boolean {
    const last = Math.min(to, this.arrivals.length - 1);
    for (let d = from; d <= last; d++) if ((this.arrivals[d] as number) > 0) return true;
    return false;
  }

  private promotionAhead(from: number, to: number): boolean {
    for (const peak of this.setup.majorPeakDays) if (peak >= from && peak <= to) return true;
    return false;
  }
}

/** Adds to a per-day total; days after asOf are outside the simulation and ignored. */
function addOn(perDay: Float64Array, day: number, qty: number): void {
  if (day < perDay.length) perDay[day] = (perDay[day] as number) + qty;
}

function drawRule(supplier: Supplier, rng: Rng): MinMaxRule {
  return {
    safetyFactor: rng.range(1.1, 1.5),
    cycleDays: supplier.kind === 'overseas' ? rng.range(40, 75) : rng.range(14, 30),
  };
}

/** Review-day flags per supplier: weekly, or every other week for overseas suppliers. */
export function buildReviewDays(suppliers: readonly Supplier[], calendar: DemoCalendar): Map<number, Uint8Array> {
  const result = new Map<number, Uint8Array>();
  for (const supplier of suppliers) {
    const flags = new Uint8Array(calendar.days);
    for (let d = 0; d < calendar.days; d++) {
      if (calendar.weekday[d] !== supplier.reviewWeekday) continue;
      const week = Math.floor((calendar.firstEpochDay + d + 3) / 7);
      if (supplier.reviewEveryDays === 7 || week % 2 === supplier.id % 2) flags[d] = 1;
    }
    result.set(supplier.id, flags);
  }
  return result;
}
