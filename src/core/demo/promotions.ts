import type { Brand } from './brands';
import type { DemoCalendar } from './calendar';
import { CATEGORY_KEYS, CATEGORY_LABEL, type CategoryKey } from './catalog-templates';
import type { Rng } from '../ground/random';

/** Planned promotions are generated this far past asOf, so forecasts can see what is coming. */
const FUTURE_DAYS = 180;

export interface Promotion {
  name: string;
  startDay: number;
  endDay: number;
  discountPct: number;
  brand: string | null;
  category: string | null;
  /** Demand multiplier for each day of the event, index 0 = startDay. */
  lift: number[];
  /** Brand index for brand events, else -1. */
  brandIndex: number;
  /** 618 and Double 11: merchants who plan stock up ahead of these. */
  isMajor: boolean;
}

/** Per-day effect of events on one SKU's market: demand multiplier, discount and promo flag. */
export interface DayEffects {
  lift: Float64Array;
  discount: Float64Array;
  promo: Uint8Array;
}

export interface PromotionCalendar {
  promotions: Promotion[];
  /** Effects of platform and category events (shared by every SKU in the category). */
  byCategory: Map<CategoryKey, DayEffects>;
  /** Brand days and launch events by brand index. */
  byBrand: Map<number, Promotion[]>;
  /** Peak days of 618 and Double 11 in and after the history. */
  majorPeakDays: number[];
}

export function buildPromotions(calendar: DemoCalendar, brands: readonly Brand[], rng: Rng): PromotionCalendar {
  const last = calendar.days - 1 + FUTURE_DAYS;
  const promotions: Promotion[] = [];
  const add = (p: Promotion): void => {
    if (p.endDay >= 0 && p.startDay <= last) promotions.push(p);
  };
  const years = calendar.yearsBetween(0, last);
  for (const y of years) {
    const day = (m: number, d: number): number => calendar.dayOfDate(y, m, d);
    add(event(`618 年中大促 Mid-year Sale ${y}`, day(6, 1), day(6, 18), 15, ramp(18, 1.35, [2, 2, 3.5]), { isMajor: true }));
    add(event(`双11 全球狂欢节 Double 11 ${y}`, day(10, 31), day(11, 11), 20, ramp(12, 1.45, [2, 4.5]), { isMajor: true }));
    add(event(`双12 年终盛典 Double 12 ${y}`, day(12, 10), day(12, 12), 10, ramp(3, 1.4, [2])));
    add(event(`38 女王节 Queen's Day ${y}`, day(3, 1), day(3, 8), 15, ramp(8, 1.5, [2.2, 2.2]), { category: 'beauty' }));
  }
  for (const newYear of calendar.chineseNewYearDays(0, last)) {
    const y = calendar.dateAt(newYear).slice(0, 4);
    add(event(`年货节 Spring Festival Shopping ${y}`, newYear - 24, newYear - 10, 10, ramp(15, 1.9, [2.3]), { category: 'snacks' }));
  }
  for (const brand of brands) {
    if (brand.isNew) {
      const launch = brand.launchDay;
      add(event(`${brand.name} 新品首发 Launch`, launch, launch + 6, 10, ramp(7, 1.6, [2.4]), { brand }));
      continue;
    }
    // One "super brand day" a year, in the quiet months between the platform festivals.
    const month = rng.pick([4, 5, 7, 8, 9]);
    const dayOfMonth = rng.int(3, 24);
    for (const y of years) {
      const start = calendar.dayOfDate(y, month, dayOfMonth);
      if (start >= brand.launchDay) add(event(`${brand.name} 超级品牌日 Brand Day ${y}`, start, start + 2, 25, [2, 2.2, 3], { brand }));
    }
  }
  promotions.sort((a, b) => a.startDay - b.startDay || a.name.localeCompare(b.name));

  const byBrand = new Map<number, Promotion[]>();
  for (const p of promotions) {
    if (p.brandIndex < 0) continue;
    byBrand.set(p.brandIndex, [...(byBrand.get(p.brandIndex) ?? []), p]);
  }
  const byCategory = new Map<CategoryKey, DayEffects>();
  for (const key of CATEGORY_KEYS) byCategory.set(key, categoryEffects(key, promotions, calendar));
  const majorPeakDays = promotions.filter((p) => p.isMajor).map((p) => p.endDay);
  return { promotions, byCategory, byBrand, majorPeakDays };
}

interface EventScope {
  brand?: Brand;
  category?: CategoryKey;
  isMajor?: boolean;
}

function event(name: string, startDay: number, endDay: number, discountPct: number, lift: number[], scope: EventScope = {}): Promotion {
  return {
    name,
    startDay,
    endDay,
    discountPct,
    brand: scope.brand?.name ?? null,
    category: scope.category ? CATEGORY_LABEL[scope.category] : null,
    lift,
    brandIndex: scope.brand?.index ?? -1,
    isMajor: scope.isMajor ?? false,
  };
}

/** `days` days at `base` lift, the last days replaced by `finale` (the peak is the last day). */
function ramp(days: number, base: number, finale: number[]): number[] {
  const lift = new Array<number>(days).fill(base);
  finale.forEach((value, i) => (lift[days - finale.length + i] = value));
  return lift;
}

function categoryEffects(key: CategoryKey, promotions: readonly Promotion[], calendar: DemoCalendar): DayEffects {
  const days = calendar.days;
  const effects: DayEffects = {
    lift: new Float64Array(days).fill(1),
    discount: new Float64Array(days),
    promo: new Uint8Array(days),
  };
  const label = CATEGORY_LABEL[key];
  for (const p of promotions) {
    if (p.brandIndex >= 0 || (p.category !== null && p.category !== label)) continue;
    applyPromotion(effects, p, days);
    if (p.isMajor) {
      // Shoppers wait for the festival (dip before) and have stocked up (dip after).
      scale(effects.lift, p.startDay - 12, p.startDay - 1, 0.87, days);
      scale(effects.lift, p.endDay + 1, p.endDay + 8, 0.85, days);
    }
  }
  // Couriers and warehouses stop around Chinese New Year: online sales drop for about ten days.
  for (const cny of calendar.chineseNewYearDays(0, days - 1)) scale(effects.lift, cny - 4, cny + 6, 0.55, days);
  return effects;
}

/** Writes one promotion's lift, discount and flag into per-day arrays (history days only). */
export function applyPromotion(effects: DayEffects, p: Promotion, days: number): void {
  for (let d = Math.max(0, p.startDay); d <= Math.min(days - 1, p.endDay); d++) {
    effects.lift[d] = (effects.lift[d] ?? 1) * (p.lift[d - p.startDay] ?? 1);
    effects.discount[d] = Math.max(effects.discount[d] ?? 0, p.discountPct / 100);
    effects.promo[d] = 1;
  }
}

function scale(values: Float64Array, from: number, to: number, factor: number, days: number): void {
  for (let d = Math.max(0, from); d <= Math.min(days - 1, to); d++) values[d] = (values[d] ?? 1) * factor;
}
