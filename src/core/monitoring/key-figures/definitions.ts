import type { KeyFigureId } from './types';

/**
 * "How is this computed?" in English, for the command line. The app shows the same text from its
 * messages (`dashboard.definition.*`, with the zh-CN translation); keep the two in step.
 */
export const KEY_DEFINITIONS: Record<KeyFigureId, string> = {
  stockValue:
    'Units on hand × the catalogue unit cost, from each SKU-location\'s newest stock snapshot. Past weeks roll that snapshot back: units sold since are added back, accepted receipts since taken off (rolled forward the same way when the snapshot is older). Stock corrections are not in that history.',
  weeksOfCover:
    'Stock value at cost ÷ average weekly demand at cost over the last 4 weeks, where demand = units sold + units estimated lost to stock-outs.',
  forecastAccuracy:
    '1 − WAPE (weighted absolute percentage error) of the newest forecast run that has weeks behind it, scored against what sold since; MASE beside it (below 1 beats the naive forecast). Until a run has weeks behind it, its holdout backtest. The trend scores, each week, the newest weekly forecast made before it.',
  fillRate:
    'Units sold ÷ units demanded over the last 4 weeks. Demand lost to stock-outs is estimated: each day a SKU was out of stock counts as its average daily sales on the days it was in stock (last 15 weeks).',
  supplierOtif:
    'Share of PO lines due in the last 4 weeks that arrived on time and in full, judged as the supplier scorecards judge them (due date, tolerance, accepted units); lines due and not delivered count as missed.',
  openPoValue:
    'Units still to come on open PO lines (ordered − accepted so far) × the line\'s unit cost (else the supplier terms\' cost). Drafts and cancelled lines are left out.',
  overduePoLines:
    'Open PO lines whose due date (line promise, else PO promise, else order date + lead time) has passed, and the value still to come on them at cost.',
};
