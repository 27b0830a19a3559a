import type { AlertEntity, AlertFacts, AlertKind, AlertPriority, AlertSettings, MoneyMethod } from '../../../shared/contract/schemas/monitoring';
import type { InventoryPosition } from '../../planning/inventory-position';

/** One alert as a detector finds it, before it meets the stored alerts. */
export interface DetectedAlert {
  kind: AlertKind;
  /** kind + entity: the same condition on the same thing gets the same key run after run. */
  key: string;
  entity: AlertEntity;
  money: number;
  moneyMethod: MoneyMethod;
  /** Days until it bites (stock-out date, days late): sharper urgency raises the priority. */
  urgencyDays: number | null;
  facts: AlertFacts;
  priority: AlertPriority;
}

export type Detection = Omit<DetectedAlert, 'priority'>;

export interface ProductFacts {
  id: number;
  sku: string;
  name: string;
  status: string;
  launchDate: string | null;
  /** Product cost, else the primary supplier's terms; 0 when unknown. */
  unitCost: number;
  /** Selling price; null when unknown (margin then unknown: money 0). */
  price: number | null;
}

/** One SKU-location with what every stock detector needs. */
export interface SeriesFacts {
  productId: number;
  locationId: number;
  location: string;
  position: InventoryPosition;
  /** Forecast mean per bucket and the bucket end dates (from the forecast run, or a flat recent-sales rate). */
  mean: ArrayLike<number>;
  bucketDates: readonly string[];
  bucketDays: number;
  demandSource: 'forecast' | 'recentSales';
  /** Mean daily demand over the next 13 weeks. */
  dailyDemand: number;
  leadTimeDays: number;
  supplierId: number | null;
  reorderPoint: number;
  reorderPointSource: 'plan' | 'leadTimeDemand';
  /** Units per week for the next 52 weeks from the same weeks a year earlier at today's level (NaN where unknown): the season ahead. */
  lastYearAhead?: Float64Array;
}

export interface SupplierFacts {
  id: number;
  code: string;
  name: string;
}

/** Everything read once per refresh and shared by the detectors. */
export interface AlertInputs {
  today: string;
  todayDay: number;
  currency: string;
  settings: AlertSettings;
  products: Map<number, ProductFacts>;
  suppliers: Map<number, SupplierFacts>;
  locations: Map<number, string>;
  series: SeriesFacts[];
  /** Newest forecast run, when there is one (bias reads its backtests). */
  runId: number | null;
}

export function unitMargin(product: ProductFacts): number {
  return product.price === null ? 0 : Math.max(0, product.price - product.unitCost);
}

export function productEntity(product: ProductFacts, series: Pick<SeriesFacts, 'locationId' | 'location'>): AlertEntity {
  return { productId: product.id, sku: product.sku, productName: product.name, locationId: series.locationId, location: series.location };
}

export function seriesKeyOf(kind: AlertKind, product: ProductFacts, series: Pick<SeriesFacts, 'location'>): string {
  return `${kind}:${product.sku}@${series.location}`;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;
export const round1 = (x: number) => Math.round(x * 10) / 10;
