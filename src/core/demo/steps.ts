/**
 * Progress step keys of the demo job, in order. They are stable: the UI translates them
 * (e.g. "demo.sales" → "Simulating two years of sales…").
 */
export const DEMO_STEPS = {
  /** Brands, products, suppliers, supplier terms, promotions (current/total = 0/1, 1/1). */
  catalog: 'demo.catalog',
  /** Daily sales and weekly stock, per SKU (current/total = SKUs done / SKUs). */
  sales: 'demo.sales',
  /** Purchase orders, lines and receipts (current/total = PO lines written / lines). */
  orders: 'demo.orders',
  /** Building the indexes of the big tables (0/1, 1/1). */
  indexes: 'demo.indexes',
} as const;

export type DemoStep = (typeof DEMO_STEPS)[keyof typeof DEMO_STEPS];
