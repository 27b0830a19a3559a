import { CheckOutlined, ClockCircleOutlined } from '@ant-design/icons';
import type { GetRowIdParams } from 'ag-grid-community';
import { Button } from 'antd';
import { useMemo, useState } from 'react';
import type { AlertRow } from '../../../shared/contract/schemas/monitoring';
import { SearchableGrid } from '../../grid/SearchableGrid';
import { tickRowOptions } from '../../grid/tick-rows';
import { useFormat, useT } from '../../i18n/hooks';
import { alertColumns } from './alert-columns';

interface Props {
  rows: AlertRow[] | null;
  loading: boolean;
  hint: string;
  onOpen(id: number): void;
  onAcknowledge(ids: number[]): void;
  onSnooze(ids: number[]): void;
}

const getRowId = (params: GetRowIdParams<AlertRow>) => String(params.data.id);

/** Every alert matching the filters, ranked; a click opens one, ticks act on several. */
export function AlertsGrid({ rows, loading, hint, onOpen, onAcknowledge, onSnooze }: Props) {
  const t = useT();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [ticked, setTicked] = useState<number[]>([]);
  const columnDefs = useMemo(() => alertColumns(t, format), [t, format]);
  const empty = useMemo(() => ({ title: t('alerts.grid.empty'), hint: t('alerts.grid.emptyHint') }), [t]);
  const gridOptions = useMemo(
    () =>
      tickRowOptions<AlertRow>({
        isRowSelectable: (node) => node.data?.status !== 'resolved',
        headerCheckbox: true,
        onOpen: (row) => onOpen(row.id),
        onTicked: (selected) => setTicked(selected.map((row) => row.id)),
      }),
    [onOpen],
  );
  const act = (action: (ids: number[]) => void) => {
    action(ticked);
    setTicked([]);
  };

  return (
    <SearchableGrid<AlertRow>
      search={search}
      onSearch={setSearch}
      placeholder={t('alerts.search')}
      countTestId="alert-row-count"
      hint={hint}
      actions={
        <>
          <Button icon={<CheckOutlined />} disabled={ticked.length === 0} onClick={() => act(onAcknowledge)} data-testid="bulk-ack">
            {t('alerts.acknowledgeSelected', { count: ticked.length })}
          </Button>
          <Button icon={<ClockCircleOutlined />} disabled={ticked.length === 0} onClick={() => act(onSnooze)} data-testid="bulk-snooze">
            {t('alerts.snoozeSelected', { count: ticked.length })}
          </Button>
        </>
      }
      gridId="alerts"
      rows={rows}
      columnDefs={columnDefs}
      getRowId={getRowId}
      loading={loading}
      empty={empty}
      ariaLabel={t('alerts.grid')}
      gridOptions={gridOptions}
    />
  );
}
