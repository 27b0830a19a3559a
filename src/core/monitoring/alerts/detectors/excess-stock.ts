import { DEFAULT_HOLDING_RATE } from '../../../planning/build-plan';
import { CLEARANCE_LOSS_RATE, excessCost } from '../excess-cost';
import { demandAheadWeekly } from '../season-ahead';
import { productEntity, round1, round2, seriesKeyOf, type AlertInputs, type Detection } from '../types';

/**
 * Stock on hand the demand of the next N weeks will not absorb — the season ahead counted (the
 * forecast, else last year's same weeks at today's level), so sunscreen in December is weighed
 * against next summer. Money: what the excess costs (excess-cost.ts), not what it is worth: the
 * holding cost until it sells plus the clearance loss on what the year ahead will not sell.
 */
export function detectExcessStock(inputs: AlertInputs): Detection[] {
  const weeks = inputs.settings.excessWeeks;
  const out: Detection[] = [];
  for (const s of inputs.series) {
    const onHand = s.position.onHand;
    if (!(onHand > 0)) continue;
    const product = inputs.products.get(s.productId);
    if (!product) continue;
    const ahead = demandAheadWeekly(s, inputs.todayDay);
    const cost = excessCost(onHand, ahead, weeks, product.unitCost);
    if (!(cost.excessUnits > 0) || !(cost.demandYear > 0)) continue;
    out.push({
      kind: 'excessStock',
      key: seriesKeyOf('excessStock', product, s),
      entity: productEntity(product, s),
      money: round2(cost.money),
      moneyMethod: 'excessCost',
      urgencyDays: null,
      facts: {
        onHand: round1(onHand),
        weeksOfCover: cost.weeksOfCover === null ? null : round1(cost.weeksOfCover),
        thresholdWeeks: weeks,
        demandAhead: round1(cost.demandCover),
        demandYear: round1(cost.demandYear),
        excessUnits: round1(cost.excessUnits),
        unsoldUnits: round1(cost.unsoldUnits),
        unitCost: round2(product.unitCost),
        holdingCost: round2(cost.holdingCost),
        clearanceCost: round2(cost.clearanceCost),
        holdingRate: DEFAULT_HOLDING_RATE,
        clearanceRate: CLEARANCE_LOSS_RATE,
        demandSource: s.demandSource,
      },
    });
  }
  return out;
}
