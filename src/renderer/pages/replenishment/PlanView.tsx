import { Alert, App, Button } from 'antd';
import type { GridApi } from 'ag-grid-community';
import { useCallback, useRef, useState } from 'react';
import type { PlanDrafts, PlanLineRow, SupplierDraftRow } from '../../../shared/contract/schemas/planning';
import { getApi } from '../../api/backend';
import { describeError } from '../../i18n/errors';
import { toErrorShape } from '../../api/errors';
import { useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import { BudgetBar } from './BudgetBar';
import { DraftCards, type DraftKey } from './DraftCards';
import { LineDetailPanel } from './LineDetailPanel';
import { PlanGrid } from './PlanGrid';
import { useLoad } from '../../hooks/useLoad';
import { useRouteSelection } from '../../hooks/useRouteSelection';
import { useErrorNotice } from '../../hooks/useErrorNotice';

interface Props {
  planId: number;
  readOnly: boolean;
  /** The SKU a link named (`#/replenishment/<SKU>`): its lines are searched for and its first opened. */
  sku: string | undefined;
  /** Back to the plain page route. */
  onLeaveSku(): void;
  /** The plan's SKUs lack inputs (stock, terms): said above; an empty grid must not read as "enough stock". */
  inputsMissing?: boolean;
}

const isSku = (row: PlanLineRow, sku: string) => row.sku === sku;

/** One plan: budget bar, a draft card per supplier, the grid of lines and the selected line's detail. */
export function PlanView({ planId, readOnly, sku, onLeaveSku, inputsMissing = false }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useErrorNotice();
  const reloadTables = useAppStore((state) => state.reloadTables);
  const [draftsVersion, setDraftsVersion] = useState(0);
  const drafts = useLoad<PlanDrafts>(`${planId}:${draftsVersion}`, () => getApi().planning.drafts({ planId }));
  const [draftKey, setDraftKey] = useState<DraftKey | null>(null);
  const [selected, setSelected] = useState<PlanLineRow | null>(null);
  const [firstPage, setFirstPage] = useState<{ search: string; rows: readonly PlanLineRow[] } | null>(null);
  const [pageError, setPageError] = useState<unknown>(null);
  const gridApi = useRef<GridApi<PlanLineRow> | null>(null);
  const onGridApi = useCallback((api: GridApi<PlanLineRow> | null) => {
    gridApi.current = api;
  }, []);
  const onFirstPage = useCallback((rows: readonly PlanLineRow[], search: string) => setFirstPage({ search, rows }), []);

  const fail = useCallback(
    (titleKey: 'plan.edit.failed' | 'plan.lock.failed' | 'plan.approve.failed', error: unknown) => {
      showError(t(titleKey), error);
    },
    [t, showError],
  );
  const replaceRow = useCallback(
    (next: PlanLineRow) => {
      gridApi.current?.getRowNode(String(next.lineId))?.setData(next);
      setSelected((open) => (open && open.lineId === next.lineId ? next : open));
      setDraftsVersion((n) => n + 1);
    },
    [],
  );
  const onEdit = useCallback(
    (row: PlanLineRow, quantity: number) => {
      getApi()
        .planning.editLine({ planId, lineId: row.lineId, quantity })
        .then(replaceRow)
        .catch((error: unknown) => fail('plan.edit.failed', error));
    },
    [planId, replaceRow, fail],
  );
  const onLock = useCallback(
    (row: PlanLineRow, locked: boolean) => {
      getApi()
        .planning.lockLine({ planId, lineId: row.lineId, locked })
        .then(replaceRow)
        .catch((error: unknown) => fail('plan.lock.failed', error));
    },
    [planId, replaceRow, fail],
  );
  const onApprove = async (draft: SupplierDraftRow) => {
    try {
      const result = await getApi().planning.approveDraft({ planId, supplierId: draft.supplierId, locationId: draft.locationId });
      void message.success(t('plan.approve.done', { orders: result.purchaseOrders.map((po) => po.poNumber).join(', '), lines: result.lines }));
      gridApi.current?.refreshInfiniteCache();
      setDraftsVersion((n) => n + 1);
      // The Data page shows open purchase orders and suppliers' open lines: ask for them afresh.
      void reloadTables();
    } catch (error) {
      fail('plan.approve.failed', error);
    }
  };

  const onSelect = useCallback((row: PlanLineRow) => setSelected(row), []);
  const { search, setSearch, release } = useRouteSelection({
    target: sku,
    // A named SKU is found in the first page the core gave for that search.
    rows: firstPage && firstPage.search === (sku ?? '') ? firstPage.rows : null,
    matches: isSku,
    onFound: onSelect,
    leave: onLeaveSku,
  });
  const closeLine = () => {
    setSelected(null);
    release();
  };
  const error = (pageError ? toErrorShape(pageError) : null) ?? drafts.error;

  return (
    <div style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('plan.loadFailed')}
          description={describeError(t, error).message}
          action={<Button onClick={() => { setPageError(null); gridApi.current?.refreshInfiniteCache(); drafts.reload(); }}>{t('common.retry')}</Button>}
        />
      )}
      <BudgetBar budget={drafts.value?.budget ?? null} />
      {readOnly && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('plan.archived')} />}
      <DraftCards key={planId} planId={planId} drafts={drafts.value?.drafts ?? null} selected={draftKey} readOnly={readOnly} onSelect={setDraftKey} onApprove={onApprove} />
      <div style={{ flex: 1, minHeight: 0, display: 'flex', gap: 12 }}>
        <PlanGrid
          planId={planId}
          draft={draftKey}
          readOnly={readOnly}
          search={search}
          onSearch={setSearch}
          onSelect={onSelect}
          onEdit={onEdit}
          onLock={onLock}
          inputsMissing={inputsMissing}
          onFirstPage={onFirstPage}
          onGridApi={onGridApi}
          onError={setPageError}
        />
        {selected && <LineDetailPanel planId={planId} row={selected} onClose={closeLine} />}
      </div>
    </div>
  );
}
