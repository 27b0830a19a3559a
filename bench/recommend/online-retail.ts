import fs from 'node:fs';
import zlib from 'node:zlib';
import { dayFromIso } from '../../src/core/ground/calendar';
import type { ItemAttributes, PurchaseLine } from '../../src/core/recommend';

/** The shared invoice lines of a real UK gift shop (see ../shared/data/README.md), as purchase lines. */
export function readOnlineRetail(file: string): PurchaseLine[] {
  return readOnlineRetailWithPrices(file).lines;
}

/** The lines and, per stock code, its median unit price (the file has no category or brand). */
export function readOnlineRetailWithPrices(file: string): { lines: PurchaseLine[]; items: ItemAttributes[] } {
  const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
  const rows = text.split('\n');
  const header = rows[0]!.trim().split(',');
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${file}: no ${name} column`);
    return index;
  };
  const [invoice, code, quantity, date, customer, unitPrice] = ['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'CustomerID', 'UnitPrice'].map(col) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const prices = new Map<string, number[]>();
  const days = new Map<string, number>();
  const lines: PurchaseLine[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.trim() === '') continue;
    const cells = row.split(',');
    const iso = cells[date]!.slice(0, 10);
    let day = days.get(iso);
    if (day === undefined) days.set(iso, (day = dayFromIso(iso)));
    const customerId = cells[customer]!.trim();
    lines.push({ orderId: cells[invoice]!, customerId: customerId === '' ? null : customerId, sku: cells[code]!, day, qty: Number(cells[quantity]) });
    const price = Number(cells[unitPrice]);
    if (price > 0) {
      let list = prices.get(cells[code]!);
      if (!list) prices.set(cells[code]!, (list = []));
      list.push(price);
    }
  }
  const items = [...prices].map(([sku, list]) => ({ sku, price: list.sort((a, b) => a - b)[list.length >> 1]! }));
  return { lines, items };
}
