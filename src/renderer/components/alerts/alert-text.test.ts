import { describe, expect, it } from 'vitest';
import { routeHash } from '../../hooks/route';
import { alertLinks } from './alert-text';

const hashes = (entity: Parameters<typeof alertLinks>[0]['entity'], kind: Parameters<typeof alertLinks>[0]['kind']) =>
  alertLinks({ entity, kind }).map((link) => [link.testId, routeHash(link.page, link.sub, link.item)]);

describe('alertLinks', () => {
  it('names the thing in the route: the SKU, the PO on the purchase orders tab, the supplier', () => {
    expect(hashes({ sku: 'AB-TEA01', location: 'WH1' }, 'stockout')).toEqual([['link-sku', '#/replenishment/AB-TEA01']]);
    expect(hashes({ sku: 'AB-TEA01' }, 'forecastBias')).toEqual([['link-forecast', '#/forecasts/AB-TEA01']]);
    expect(hashes({ poNumber: 'PO-2026-000123', supplierCode: 'SUP-0007' }, 'poOverdue')).toEqual([
      ['link-po', '#/data/purchaseOrders/PO-2026-000123'],
      ['link-supplier', '#/suppliers/SUP-0007'],
    ]);
  });
});
