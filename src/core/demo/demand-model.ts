import type { DemoCalendar } from './calendar';
import type { Product } from './catalog';
import type { CategoryKey, Season } from './catalog-templates';
import { applyPromotion, type DayEffects, type PromotionCalendar } from './promotions';
import type { Rng } from '../ground/random';

/** Online shoppers in China buy more at the weekend (Mon … Sun, mean 1). */
const WEEKDAY_FACTOR = [0.93, 0.9, 0.92, 0.95, 1.0, 1.13, 1.17];
/** Clearance after discontinuation: the price drops and the markdown sells extra units. */
const CLEARANCE_PRICE = 0.7;
const CLEARANCE_LIFT = 1.5;

/** The hidden truth about one SKU's demand, which the merchant's reorder rule only estimates. */
export interface DemandParams {
  /** Units per day over both warehouses at asOf, before weekly/yearly seasonality and events. */
  baseRate: number;
  /** Negative-binomial size: smaller = lumpier, more zero days. */
  dispersion: number;
  growthPerYear: number;
  promoSensitivity: number;
  /** Share of demand served from WH-SH; the rest from WH-GZ (0 when not stocked there). */
  shareShanghai: number;
  /** What the merchant believes the base rate is before seeing sales (×true rate). */
  merchantGuessFactor: number;
  /** Day of a list price rise (earlier days sold at 90% of the price), or -1. */
  priceRiseDay: number;
}

const TWO_PI_PER_YEAR = (2 * Math.PI) / 365.25;

/** Yearly shape by category and season, mean ≈ 1 over a year. */
function seasonFactor(category: CategoryKey, season: Season, dayOfYear: number): number {
  if (season === 'summer') return 1 + 0.7 * Math.cos(TWO_PI_PER_YEAR * (dayOfYear - 185));
  if (season === 'winter') return 1 + 0.75 * Math.cos(TWO_PI_PER_YEAR * (dayOfYear + 20));
  switch (category) {
    case 'apparel':
      return 1 + 0.15 * Math.cos(TWO_PI_PER_YEAR * (dayOfYear - 100));
    case 'home':
      return 1 + 0.1 * Math.cos(TWO_PI_PER_YEAR * (dayOfYear - 320));
    case 'beauty':
      return 1 + 0.05 * Math.cos(TWO_PI_PER_YEAR * (dayOfYear - 170));
    case 'snacks':
      return 1 + 0.2 * Math.cos(TWO_PI_PER_YEAR * (dayOfYear - 15));
  }
}

/** Draws the hidden demand parameters; style and brand levels are shared by their variants. */
export class DemandParamsFactory {
  private styleId = -1;
  private styleLevel = 1;
  private readonly brandLevel = new Map<number, number>();

  constructor(private readonly rng: Rng) {}

  next(product: Product): DemandParams {
    const rng = this.rng;
    if (product.styleId !== this.styleId) {
      this.styleId = product.styleId;
      // Heavy-tailed: a few hero styles, a long tail of slow ones.
      this.styleLevel = rng.logNormal(1, 1);
    }
    let brandLevel = this.brandLevel.get(product.brand.index);
    if (brandLevel === undefined) {
      brandLevel = rng.logNormal(1, 0.35);
      this.brandLevel.set(product.brand.index, brandLevel);
    }
    const baseRate = Math.min(40, this.styleLevel * brandLevel * product.template.demand * product.variantWeight);
    return {
      baseRate,
      dispersion: rng.range(1.2, 4),
      growthPerYear: product.brand.growthPerYear + 0.15 * rng.normal(),
      promoSensitivity: rng.range(0.5, 1.3),
      // New brands start from the Shanghai warehouse only.
      shareShanghai: product.brand.isNew ? 1 : rng.range(0.5, 0.7),
      merchantGuessFactor: rng.logNormal(1, 0.35),
      priceRiseDay: product.launchDay < 0 && rng.chance(0.3) ? rng.int(60, 600) : -1,
    };
  }
}

/**
 * Expands one SKU's parameters into per-day expected demand, realised price and promo flag.
 * The arrays are reused for every SKU so the day loop allocates nothing.
 */
export class DemandCurve {
  readonly expected: Float64Array;
  readonly unitPrice: Float64Array;
  readonly promo: Uint8Array;
  private readonly effects: DayEffects;
  private readonly seasonCache = new Map<string, Float64Array>();

  constructor(
    private readonly calendar: DemoCalendar,
    private readonly promotions: PromotionCalendar,
  ) {
    const days = calendar.days;
    this.expected = new Float64Array(days);
    this.unitPrice = new Float64Array(days);
    this.promo = new Uint8Array(days);
    this.effects = { lift: new Float64Array(days), discount: new Float64Array(days), promo: this.promo };
  }

  prepare(product: Product, params: DemandParams): void {
    const { calendar, effects } = this;
    const days = calendar.days;
    const market = this.promotions.byCategory.get(product.template.category);
    if (!market) throw new Error(`no market effects for ${product.template.category}`);
    effects.lift.set(market.lift);
    effects.discount.set(market.discount);
    effects.promo.set(market.promo);
    for (const p of this.promotions.byBrand.get(product.brand.index) ?? []) applyPromotion(effects, p, days);

    const season = this.season(product.template.category, product.template.season);
    const oldPrice = Math.floor((product.price * 0.9) / 10) * 10 + 9;
    const growthPerDay = params.growthPerYear / 365;
    for (let d = 0; d < days; d++) {
      if (d < product.launchDay) {
        this.expected[d] = 0;
        this.unitPrice[d] = product.price;
        continue;
      }
      const age = d - product.launchDay;
      // Word of mouth and search ranking take a few weeks to build.
      const rampUp = 1 - 0.65 * Math.exp(-age / 18);
      const lift = 1 + ((effects.lift[d] as number) - 1) * params.promoSensitivity;
      const clearance = d > product.discontinueDay;
      this.expected[d] =
        params.baseRate *
        (WEEKDAY_FACTOR[calendar.weekday[d] as number] as number) *
        (season[d] as number) *
        Math.exp(growthPerDay * (d - days + 1)) *
        rampUp *
        lift *
        (clearance ? CLEARANCE_LIFT : 1);
      const listPrice = d < params.priceRiseDay ? oldPrice : product.price;
      this.unitPrice[d] = listPrice * (1 - (effects.discount[d] as number)) * (clearance ? CLEARANCE_PRICE : 1);
    }
  }

  private season(category: CategoryKey, season: Season): Float64Array {
    const key = `${category}:${season}`;
    let values = this.seasonCache.get(key);
    if (!values) {
      values = new Float64Array(this.calendar.days);
      for (let d = 0; d < values.length; d++) {
        values[d] = seasonFactor(category, season, this.calendar.dayOfYear[d] as number);
      }
      this.seasonCache.set(key, values);
    }
    return values;
  }
}
