import { SwapOutlined } from '@ant-design/icons';
import type { GetRowIdParams } from 'ag-grid-community';
import { Button, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import type { SupplierScorecardRow } from '../../../shared/contract/schemas/suppliers';
import { SearchableGrid } from '../../grid/SearchableGrid';
import { tickRowOptions } from '../../grid/tick-rows';
import { useFormat, useT } from '../../i18n/hooks';
import { rankingColumns } from './ranking-columns';

export const RANKING_GRID_ID = 'supplier-ranking';
/** Side by side stays readable up to three. */
export const MAX_COMPARED = 3;

interface Props {
  rows: SupplierScorecardRow[] | null;
  loading: boolean;
  /** The search box's text (a supplier a link named, or what the user typed). */
  search: string;
  onSearch(text: string): void;
  onOpen(supplierId: number): void;
  onCompare(supplierIds: number[]): void;
}

const getRowId = (params: GetRowIdParams<SupplierScorecardRow>) => String(params.data.supplierId);

/** Suppliers best first; a click opens a scorecard, ticking two or three compares them. */
export function RankingGrid({ rows, loading, search, onSearch, onOpen, onCompare }: Props) {
  const t = useT();
  const format = useFormat();
  const [ticked, setTicked] = useState<number[]>([]);

  const columnDefs = useMemo(() => rankingColumns(t, format), [t, format]);
  const empty = useMemo(() => ({ title: t('suppliers.grid.empty'), hint: t('suppliers.grid.emptyHint') }), [t]);
  const gridOptions = useMemo(
    () =>
      tickRowOptions<SupplierScorecardRow>({
        isRowSelectable: (node) => node.data?.score !== null,
        headerCheckbox: false,
        headerTooltip: t('suppliers.compare.tick'),
        onOpen: (row) => onOpen(row.supplierId),
        onTicked: (selected) => setTicked(selected.map((row) => row.supplierId)),
      }),
    [onOpen, t],
  );

  const canCompare = ticked.length >= 2 && ticked.length <= MAX_COMPARED;

  return (
    <SearchableGrid<SupplierScorecardRow>
      search={search}
      onSearch={onSearch}
      placeholder={t('suppliers.search')}
      countTestId="supplier-row-count"
      hint={t('suppliers.grid.hint')}
      actions={
        <Tooltip title={canCompare ? undefined : t('suppliers.compare.howTo', { max: MAX_COMPARED })}>
          <Button icon={<SwapOutlined />} disabled={!canCompare} onClick={() => onCompare(ticked)} data-testid="compare-button">
            {t('suppliers.compare.button', { count: ticked.length })}
          </Button>
        </Tooltip>
      }
      gridId={RANKING_GRID_ID}
      ariaLabel={t('suppliers.grid')}
      rows={rows}
      columnDefs={columnDefs}
      getRowId={getRowId}
      loading={loading}
      empty={empty}
      gridOptions={gridOptions}
    />
  );
}
