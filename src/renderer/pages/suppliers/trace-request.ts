import type { TraceableMetricName } from '../../../shared/contract/schemas/suppliers';

/** Which number the user clicked: a supplier's metric over the period, or in one month, or for one SKU. */
export interface TraceRequest {
  supplierId: number;
  supplierName: string;
  metric: TraceableMetricName;
  month?: string;
  productId?: number;
  sku?: string;
}
