/** The recommendation engine's public shapes: plain arrays in, plain objects out (no tables). */

import type { TaskContext } from '../ground/task-context';

/** One order line. Negative or zero quantities are not purchases: callers drop them (or the engine ignores them). */
export interface PurchaseLine {
  orderId: string;
  /** null = a guest order (no customer to recommend to, but its basket still counts for co-purchases and popularity). */
  customerId: string | null;
  sku: string;
  /** UTC day number (ground/calendar.ts). */
  day: number;
  qty: number;
}

/**
 * Why an item is recommended, as figures the UI localises. `kind` names the model that contributed
 * most to the item's blended score; the other fields are the inputs a person can check.
 */
export interface RecommendationReason {
  kind: 'repeat' | 'cycle' | 'co-purchase' | 'similar-customers' | 'trending' | 'model' | 'popular' | 'attribute';
  /** repeat / cycle: orders of the customer that held the SKU. */
  timesBought?: number;
  /** cycle: the customer's median days between orders of the SKU. */
  cycleDays?: number;
  /** repeat / cycle: days from the customer's last order of the SKU to the as-of day. */
  daysSinceLast?: number;
  /** co-purchase: the customer's item this one is most often bought with. */
  becauseSku?: string;
  /** co-purchase: lift of that pair (how much more often together than by chance). */
  lift?: number;
  /** similar-customers: how many of the customer's most similar customers bought it, of how many. */
  similarBuyers?: number;
  similarCustomers?: number;
  /** trending: buyers in the recent window against the window before it. */
  recentBuyers?: number;
  previousBuyers?: number;
  /** popular: distinct buyers in the recent window. */
  buyers?: number;
  /** model: the TensorFlow.js model's share of the score (0–1). */
  modelShare?: number;
  /** attribute (launch targeting): what matched. */
  matched?: ('category' | 'brand' | 'price')[];
  category?: string;
  brand?: string;
}

export interface Recommendation {
  sku: string;
  score: number;
  reason: RecommendationReason;
}

export interface FitOptions {
  /** Recommendations are for the days after this day; default: the last day in the lines. */
  asOfDay?: number;
  ctx?: TaskContext;
  /** Wall-clock budget for the whole fit (the TensorFlow.js model stops early when it runs out). Default 60 s. */
  timeBudgetMs?: number;
  seed?: number;
  /** Train the TensorFlow.js model (default true). The blend weights decide how much it counts. */
  useModel?: boolean;
  /** Fixed blend weights instead of the ones chosen on the validation basket (tests, backtests of one model). */
  weights?: Partial<BlendWeights>;
  /** A fixed repeat/explore split (null: none) instead of the one chosen on validation. */
  split?: SlotSplit | null;
}

/** How much each model counts in the blended score; chosen on a held-out last basket. */
export interface BlendWeights {
  /** The customer's own SKUs by frequency with recency decay. */
  repeat: number;
  /** The customer's own SKUs by the share of their orders that held them (no decay). */
  frequency: number;
  /** The customer's own SKUs by how often the shop's buyers of them bought them again. */
  repurchase: number;
  /** The customer's own SKUs that are due by their repurchase cycle. */
  due: number;
  /** The customer's own SKUs by the share of their latest orders that held them. */
  recent: number;
  /** Co-purchase neighbours of everything the customer bought, weighted by their repeat score. */
  knn: number;
  /** Co-purchase neighbours of the customer's latest order only: what goes with what they are buying now. */
  knnRecent: number;
  /** Similar customers (TIFU-KNN: the mean basket history of the nearest customers). */
  similar: number;
  trending: number;
  model: number;
  popular: number;
}

export interface SegmentWeights {
  /** Past orders, e.g. '4-9', and for a basket-size split, the basket sizes, e.g. '4-9, baskets ≤ 12'. */
  name: string;
  minOrders: number;
  maxOrders: number;
  /** Typical basket (median distinct SKUs per order) the segment covers: 0 to Infinity when it is not split by basket size. */
  minBasket: number;
  maxBasket: number;
  /** Validation customers the weights were chosen on. */
  customers: number;
  weights: BlendWeights;
}

export interface Recommender {
  readonly asOfDay: number;
  readonly weights: BlendWeights;
  /** Weights of their own for customers by past orders, where validation had enough of them (else `weights` serve them). */
  readonly segmentWeights: readonly SegmentWeights[];
  /** How many of the top N go to the customer's own past items (null: the blended score alone decides). */
  readonly split: SlotSplit | null;
  /** Which models were fitted, with their seconds, for a progress summary. */
  readonly models: { name: string; seconds: number; note?: string }[];
  readonly customerCount: number;
  readonly skuCount: number;
  /** Top N for a customer; guests (null), unknown customers and thin histories get popular and trending items. */
  recommend(customerId: string | null, topN: number): Recommendation[];
  recommendAll(customerIds: readonly string[], topN: number): Map<string, Recommendation[]>;
  /** Whether the customer has any purchase in the lines. */
  knows(customerId: string): boolean;
}

export interface BoughtTogetherOptions {
  /** Least share of orders holding both SKUs (default 0). */
  minSupport?: number;
  /** Least number of orders holding both SKUs (default 2). */
  minOrders?: number;
  /** Pairs kept per SKU, by lift then orders (default 10). */
  topPerSku?: number;
}

export interface BoughtTogetherPair {
  sku: string;
  otherSku: string;
  /** Orders that hold both. */
  orders: number;
  /** orders / all orders. */
  support: number;
  /** orders / orders holding sku: P(other | sku). */
  confidence: number;
  /** confidence / P(other). */
  lift: number;
}

export interface ItemAttributes {
  sku: string;
  category?: string | null;
  brand?: string | null;
  price?: number | null;
}

/**
 * The repeat/explore split: of N slots, round(N × clamp(intercept + slope × expected repeat share))
 * go to the customer's own past items, the rest to items new to them; chosen on the validation folds
 * (`null` = no split: the blended score alone decides).
 */
export interface SlotSplit {
  intercept: number;
  slope: number;
}
