import { describe, expect, it } from 'vitest';
import type { Cell } from '../../ground/files/read/cell';
import { guessKind, proposeMapping } from './propose';
import { headerSignature, mappingSignature } from './saved';

const rows = (...r: Cell[][]) => r;

describe('proposing a mapping', () => {
  it('maps Chinese headers of daily sales with full confidence', () => {
    const proposal = proposeMapping('sales', ['商品编码', '日期', '销量', '销售额(元)', '门店'], rows(['A-1', '2024-01-05', '3', '¥30', '南山店']));
    expect(proposal.mapping.columns).toEqual({ sku: '商品编码', date: '日期', units: '销量', revenue: '销售额(元)', location: '门店' });
    expect(proposal.missing).toEqual([]);
    expect(proposal.columns.every((c) => c.confidence >= 0.9)).toBe(true);
  });

  it('maps an English order export and marks unknown columns as left out', () => {
    const headers = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country', 'Weird'];
    const proposal = proposeMapping('order-lines', headers, rows(['536365', '85123A', 'WHITE HEART', '6', '12/1/2010 8:26', '2.55', '17850', 'United Kingdom', 'x']));
    expect(proposal.mapping.columns).toEqual({
      orderId: 'InvoiceNo', sku: 'StockCode', description: 'Description', quantity: 'Quantity', orderedAt: 'InvoiceDate',
      unitPrice: 'UnitPrice', customerId: 'CustomerID', country: 'Country',
    });
    expect(proposal.columns.at(-1)).toEqual({ index: 8, header: 'Weird', field: null, confidence: 0 });
  });

  it('lowers confidence when the values do not fit the header', () => {
    const good = proposeMapping('sales', ['sku', 'date', 'units'], rows(['A', '2024-01-01', '1'], ['B', '2024-01-02', '2']));
    const bad = proposeMapping('sales', ['sku', 'date', 'units'], rows(['A', 'soon', '1'], ['B', 'later', '2']));
    expect(bad.columns[1]!.confidence).toBeLessThan(good.columns[1]!.confidence);
  });

  it('finds a required date column by its values when no header names it', () => {
    const proposal = proposeMapping('sales', ['sku', 'when', 'units'], rows(['A', '2024-01-01', '1'], ['B', '2024-01-02', '2']));
    expect(proposal.mapping.columns.date).toBe('when');
    expect(proposal.columns[1]!.confidence).toBeLessThan(0.5);
  });

  it('refers to blank or repeated headers by position', () => {
    const proposal = proposeMapping('stock', ['SKU', '', '库存', '库存'], rows(['A', 'x', '1', '2']));
    expect(proposal.mapping.columns).toEqual({ sku: 'SKU', onHand: '库存' });
    expect(proposeMapping('stock', ['SKU', '库存'], []).mapping.columns.onHand).toBe('库存');
  });
});

describe('guessing the kind', () => {
  it.each([
    ['sales', ['商品编码', '日期', '销量']],
    ['order-lines', ['订单编号', '商品编码', '购买数量', '下单时间', '实付金额']],
    ['stock', ['SKU', '仓库', '库存数量']],
    ['catalog', ['SKU', '商品名称', '品牌', '类目', '零售价']],
    ['suppliers', ['供应商名称', '供应商编码', '联系人', '国家']],
    ['terms', ['供应商', 'SKU', '采购价', '最小起订量', '箱规', '交期']],
    ['purchase-orders', ['采购单号', '供应商', 'SKU', '采购数量', '下单日期', '预计到货日期']],
    ['receipts', ['SKU', '收货日期', '收货数量', '采购单号']],
    ['sales', ['date', 'store', 'item', 'sales']],
  ] as const)('%s from %j', (kind, headers) => {
    const guess = guessKind(headers, []);
    expect(guess.kind).toBe(kind);
    expect(guess.confidence).toBeGreaterThan(0.3);
  });
});

describe('file shape signatures', () => {
  it('ignore case, spaces and full-width forms, but not the order or the kind', () => {
    expect(headerSignature(['SKU', '销量（件）'])).toBe(headerSignature([' sku ', '销量(件)']));
    expect(headerSignature(['sku', 'qty'])).not.toBe(headerSignature(['qty', 'sku']));
    expect(mappingSignature('sales', ['sku'])).not.toBe(mappingSignature('stock', ['sku']));
  });
});
