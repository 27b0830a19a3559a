/** The lead-time tables the measurer gives (lead-times-measure.ts) and plans and scorecards read. */

export interface LeadTimeProfile {
  supplierId: number;
  /** null = the supplier as a whole. */
  productId: number | null;
  source: 'measured' | 'promised';
  samples: number;
  meanDays: number;
  sdDays: number;
  p50Days: number;
  p90Days: number;
  p95Days: number;
  promisedDays: number | null;
  /** Mean measured − promised; null when promised values are used. */
  biasDays: number | null;
  /** Accepted ÷ ordered over judged lines: the share of an order to expect. */
  fillRate: number;
}

export interface LeadTimeTable {
  asOf: string;
  from: string;
  to: string;
  usePromised: boolean;
  suppliers: LeadTimeProfile[];
  skus: LeadTimeProfile[];
}
