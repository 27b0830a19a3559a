import type { SupplyTerm } from './supplier-terms';

/** The merchant looks back four weeks and a quarter. */
const SHORT_WINDOW = 28;
const LONG_WINDOW = 91;

/**
 * What the merchant sees of demand: recent sales per in-stock day, trusted more as history grows.
 * It lags trends, seasons and promotions, which is exactly the imperfection a planning tool fixes.
 */
export class DemandMemory {
  private readonly sold = new Float64Array(LONG_WINDOW);
  private readonly inStock = new Uint8Array(LONG_WINDOW);
  private cursor = 0;
  private liveDays = 0;
  private sold28 = 0;
  private inStock28 = 0;
  private sold91 = 0;
  private inStock91 = 0;
  private guess = 0;

  reset(guess: number): void {
    this.sold.fill(0);
    this.inStock.fill(0);
    this.cursor = this.liveDays = this.sold28 = this.inStock28 = this.sold91 = this.inStock91 = 0;
    this.guess = guess;
  }

  record(units: number, wasInStock: boolean): void {
    const c = this.cursor;
    const old28 = (c - SHORT_WINDOW + LONG_WINDOW) % LONG_WINDOW;
    if (this.liveDays >= SHORT_WINDOW) {
      this.sold28 -= this.sold[old28] as number;
      this.inStock28 -= this.inStock[old28] as number;
    }
    if (this.liveDays >= LONG_WINDOW) {
      this.sold91 -= this.sold[c] as number;
      this.inStock91 -= this.inStock[c] as number;
    }
    const flag = wasInStock ? 1 : 0;
    this.sold[c] = units;
    this.inStock[c] = flag;
    this.sold28 += units;
    this.inStock28 += flag;
    this.sold91 += units;
    this.inStock91 += flag;
    this.cursor = (c + 1) % LONG_WINDOW;
    this.liveDays++;
  }

  /** Estimated units per day. */
  estimate(): number {
    let observed: number;
    if (this.inStock28 >= 7) {
      observed = 0.6 * (this.sold28 / this.inStock28) + 0.4 * (this.sold91 / Math.max(14, this.inStock91));
    } else if (this.inStock91 >= 14) {
      observed = this.sold91 / this.inStock91;
    } else {
      return this.guess;
    }
    const trust = Math.min(1, this.liveDays / SHORT_WINDOW);
    return trust * observed + (1 - trust) * this.guess;
  }
}

/** A merchant's min/max rule for one SKU at one warehouse. */
export interface MinMaxRule {
  /** Multiplies demand over lead time + review period for the reorder point. */
  safetyFactor: number;
  /** Days of demand ordered on top of the reorder point. */
  cycleDays: number;
}

/**
 * Quantity to order now (0 = nothing): if stock plus on-order has fallen to the reorder point,
 * order up to the maximum, rounded to the supplier's case pack, minimum and cap.
 */
export function minMaxOrderQty(
  rule: MinMaxRule,
  term: SupplyTerm,
  dailyEstimate: number,
  reviewEveryDays: number,
  position: number,
): number {
  const reorderPoint = dailyEstimate * (term.leadTimeDays + reviewEveryDays) * rule.safetyFactor;
  if (position > reorderPoint) return 0;
  if (position > 0 && dailyEstimate <= 0) return 0;
  const orderUpTo = reorderPoint + dailyEstimate * rule.cycleDays;
  return roundToTerms(orderUpTo - position, term);
}

/** Rounds a wanted quantity up to the case pack, at least the MOQ, at most the cap. */
export function roundToTerms(wanted: number, term: SupplyTerm): number {
  const multiple = term.orderMultiple;
  let qty = Math.max(term.moq, Math.ceil(Math.max(wanted, 1) / multiple) * multiple);
  if (term.maxOrderQty !== null && qty > term.maxOrderQty) qty = Math.floor(term.maxOrderQty / multiple) * multiple;
  return Math.max(qty, multiple);
}
