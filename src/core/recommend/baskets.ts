import type { PurchaseLine } from './types';

/**
 * Order lines gathered into baskets with integer ids: the one indexed shape every model reads.
 * A basket is an order's distinct SKUs (quantities do not make a SKU more relevant to a next order).
 */
export interface Baskets {
  skus: string[];
  skuIndex: Map<string, number>;
  customers: string[];
  customerIndex: Map<string, number>;
  /** Per order: customer index or -1 for a guest, its day, and its distinct SKU ids in itemStart[o]..itemStart[o+1]. */
  orderIds: string[];
  orderCustomer: Int32Array;
  orderDay: Int32Array;
  itemStart: Int32Array;
  items: Int32Array;
  /** Per customer: order indices, oldest first. */
  customerOrders: Int32Array[];
  firstDay: number;
  lastDay: number;
}

/** Lines with a positive quantity are purchases; the rest (returns, cancellations, zero lines) are left out. */
export function isPurchase(line: PurchaseLine): boolean {
  return line.qty > 0 && line.sku !== '' && Number.isFinite(line.day);
}

export function buildBaskets(lines: readonly PurchaseLine[]): Baskets {
  const skuIndex = new Map<string, number>();
  const skus: string[] = [];
  const customerIndex = new Map<string, number>();
  const customers: string[] = [];
  const orderIndex = new Map<string, number>();
  const orderIds: string[] = [];
  const orderCustomerList: number[] = [];
  const orderDayList: number[] = [];
  const orderSkuSets: Set<number>[] = [];
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;

  for (const line of lines) {
    if (!isPurchase(line)) continue;
    let s = skuIndex.get(line.sku);
    if (s === undefined) {
      s = skus.length;
      skus.push(line.sku);
      skuIndex.set(line.sku, s);
    }
    let c = -1;
    if (line.customerId !== null && line.customerId !== '') {
      const found = customerIndex.get(line.customerId);
      if (found === undefined) {
        c = customers.length;
        customers.push(line.customerId);
        customerIndex.set(line.customerId, c);
      } else c = found;
    }
    let o = orderIndex.get(line.orderId);
    if (o === undefined) {
      o = orderIds.length;
      orderIds.push(line.orderId);
      orderIndex.set(line.orderId, o);
      orderCustomerList.push(c);
      orderDayList.push(line.day);
      orderSkuSets.push(new Set());
    } else {
      // An order belongs to its first named customer and to its first day.
      if (orderCustomerList[o] === -1 && c !== -1) orderCustomerList[o] = c;
      if (line.day < orderDayList[o]!) orderDayList[o] = line.day;
    }
    orderSkuSets[o]!.add(s);
    if (line.day < firstDay) firstDay = line.day;
    if (line.day > lastDay) lastDay = line.day;
  }

  const orderCount = orderIds.length;
  const itemStart = new Int32Array(orderCount + 1);
  let total = 0;
  for (let o = 0; o < orderCount; o++) {
    itemStart[o] = total;
    total += orderSkuSets[o]!.size;
  }
  itemStart[orderCount] = total;
  const items = new Int32Array(total);
  for (let o = 0; o < orderCount; o++) {
    let k = itemStart[o]!;
    for (const s of orderSkuSets[o]!) items[k++] = s;
  }

  const orderCustomer = Int32Array.from(orderCustomerList);
  const orderDay = Int32Array.from(orderDayList);
  const perCustomer: number[][] = customers.map(() => []);
  for (let o = 0; o < orderCount; o++) {
    const c = orderCustomer[o]!;
    if (c >= 0) perCustomer[c]!.push(o);
  }
  // Oldest first; orders of one day keep their order in the file.
  const customerOrders = perCustomer.map((list) => Int32Array.from(list.sort((a, b) => orderDay[a]! - orderDay[b]! || a - b)));

  return {
    skus,
    skuIndex,
    customers,
    customerIndex,
    orderIds,
    orderCustomer,
    orderDay,
    itemStart,
    items,
    customerOrders,
    firstDay: Number.isFinite(firstDay) ? firstDay : 0,
    lastDay: Number.isFinite(lastDay) ? lastDay : 0,
  };
}

export function basketItems(b: Baskets, order: number): Int32Array {
  return b.items.subarray(b.itemStart[order]!, b.itemStart[order + 1]!);
}
