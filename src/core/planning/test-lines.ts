/** Plan lines as computeLine makes them, for tests of the steps after it (containers, drafts, files). */

import type { ContainerTerms, PlanLine } from './types';

export const BOX_20FT: ContainerTerms = { volumeM3: 28, weightKg: 21_700, maxContainers: null };
export const ONE_20FT: ContainerTerms = { ...BOX_20FT, maxContainers: 1 };

let nextId = 1;
/** A line as computeLine makes it, with only what the container rule reads set meaningfully. */
export function line(quantity: number, x: Partial<PlanLine> = {}): PlanLine {
  const productId = x.productId ?? nextId++;
  return {
    productId, sku: `SKU-${productId}`, category: null, locationId: 1, location: 'WH', supplierId: 7, supplier: 'SUP-7', currency: 'CNY',
    policy: 'order_up_to', abc: 'A', xyz: 'X', serviceLevel: 0.95, reviewDays: 7, unitCost: 10, unitPrice: 30,
    moq: 0, orderMultiple: 1, maxOrderQty: null, unitVolume: 0.01, unitWeight: 1, container: ONE_20FT,
    onHand: 0, hasSnapshot: true, onOrder: 0, backorders: 0, position: 0, runOutDate: null, daysOfCover: null,
    leadTime: { meanDays: 45, sdDays: 5, source: 'promised', level: 'terms', samples: 0 },
    coverDays: 52, coverMean: quantity, coverVariance: quantity, forecastSd: 1, leadTimeSd: 1, shape: 'normal',
    targetLevel: quantity, safetyStock: 0, reorderPoint: quantity, orderUpTo: quantity, needQty: quantity,
    roundingSteps: [], rounding: '', capped: false, suggestedQty: quantity, quantity, budget: null, containerCut: null,
    orderDate: '2026-06-30', expectedArrival: '2026-08-14', flags: [], locked: false, edited: false, status: 'draft', reason: '',
    ...x,
  };
}

