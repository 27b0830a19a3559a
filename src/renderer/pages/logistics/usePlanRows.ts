import { useEffect, useState } from 'react';
import type { GridPage } from '../../../shared/contract/schemas/grid-page';
import type { LogisticsOverview } from '../../../shared/contract/schemas/logistics';
import { useLoad } from '../../hooks/useLoad';
import type { LoadStatus } from '../../store/types';

const overviewIds = new WeakMap<LogisticsOverview, number>();
let lastOverviewId = 0;

/** A key that changes with each overview loaded, so what is cut from the plan's logistics is asked again. */
export function overviewKey(overview: LogisticsOverview): number {
  let id = overviewIds.get(overview);
  if (id === undefined) overviewIds.set(overview, (id = ++lastOverviewId));
  return id;
}

type Lists = { transfers: LogisticsOverview['transfers'][number]; shipments: LogisticsOverview['shipments'][number] };

export interface PlanRows<R> {
  rows: R[];
  page: number;
  total: number;
  setPage(page: number): void;
  status: LoadStatus;
}

/**
 * One page of the plan's drafts or shipments: the first comes with the overview, the others are
 * asked of the core when the user turns to them (a 50,000-SKU plan has 56,000 shipments).
 */
export function usePlanRows<L extends keyof Lists>(overview: LogisticsOverview, list: L, pageSize: number, fetch: (offset: number, limit: number) => Promise<GridPage<Lists[L]>>): PlanRows<Lists[L]> {
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [overview]);
  const first = overview[list] as Lists[L][];
  const total = list === 'transfers' ? overview.transferCount : overview.shipmentCount;
  const offset = (page - 1) * pageSize;
  const inFirst = offset + pageSize <= first.length || first.length >= total;
  const later = useLoad<GridPage<Lists[L]>>(inFirst ? null : `${list}:${overviewKey(overview)}:${offset}`, () => fetch(offset, pageSize));
  if (inFirst) return { rows: first.slice(offset, offset + pageSize), page, total, setPage, status: 'ready' };
  return { rows: later.value?.rows ?? [], page, total, setPage, status: later.status };
}
