import { DEFAULT_HOLDING_RATE } from '../../../planning/build-plan';
import { productEntity, round1, round2, seriesKeyOf, type AlertInputs, type Detection } from '../types';

/**
 * Stock on hand above N weeks of forecast demand. Money: the value (at cost) of the stock above
 * those N weeks; its yearly holding cost (planning's holding rate) is in the facts.
 */
export function detectExcessStock(inputs: AlertInputs): Detection[] {
  const weeks = inputs.settings.excessWeeks;
  const out: Detection[] = [];
  for (const s of inputs.series) {
    const onHand = s.position.onHand;
    if (!(onHand > 0) || !(s.dailyDemand > 0)) continue;
    const weekly = s.dailyDemand * 7;
    const weeksOfCover = onHand / weekly;
    if (!(weeksOfCover > weeks)) continue;
    const product = inputs.products.get(s.productId);
    if (!product) continue;
    const excessUnits = onHand - weekly * weeks;
    const value = excessUnits * product.unitCost;
    out.push({
      kind: 'excessStock',
      key: seriesKeyOf('excessStock', product, s),
      entity: productEntity(product, s),
      money: round2(value),
      moneyMethod: 'excessValue',
      urgencyDays: null,
      facts: {
        onHand: round1(onHand),
        weeksOfCover: round1(weeksOfCover),
        thresholdWeeks: weeks,
        weeklyDemand: round2(weekly),
        excessUnits: round1(excessUnits),
        unitCost: round2(product.unitCost),
        holdingCostPerYear: round2(value * DEFAULT_HOLDING_RATE),
        holdingRate: DEFAULT_HOLDING_RATE,
      },
    });
  }
  return out;
}
