import { App, Button, Popconfirm, Space, Typography } from 'antd';
import type { CellValueChangedEvent } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import type { LaneRow } from '../../../shared/contract/schemas/logistics';
import { getApi } from '../../api/backend';
import { DataGrid } from '../../grid/DataGrid';
import { useAction } from '../../hooks/useAction';
import type { Loaded } from '../../hooks/useLoad';
import { useFormat, useT } from '../../i18n/hooks';
import { laneColumns, laneInputOf } from './lane-columns';
import { NewLaneDialog } from './NewLaneDialog';

/** Lanes like a spreadsheet: edit a figure in place (saved at once, or put back with the reason), add and delete. */
export function LanesPanel({ lanes, onChanged }: { lanes: Loaded<LaneRow[]>; onChanged(): void }) {
  const t = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const columns = useMemo(() => laneColumns(t, format), [t, format]);
  const [adding, setAdding] = useState(false);
  const [selected, setSelected] = useState<LaneRow | null>(null);
  const save = useAction(t('logistics.lanes.saveFailed'));

  const edited = (event: CellValueChangedEvent<LaneRow>) => {
    const row = event.data;
    if (!row) return;
    void save.run(async () => {
      try {
        const saved = await getApi().logistics.saveLane(laneInputOf(row));
        lanes.set((rows) => (rows ?? []).map((r) => (r.id === saved.id ? saved : r)));
        void message.success(t('logistics.lanes.saved'));
        onChanged();
      } catch (error) {
        // The value typed is not kept: the grid shows the lane as stored.
        lanes.reload();
        throw error;
      }
    });
  };

  const remove = () =>
    void save.run(async () => {
      if (!selected) return;
      await getApi().logistics.deleteLane({ id: selected.id });
      setSelected(null);
      lanes.reload();
      onChanged();
    });

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: 460 }}>
      <Space style={{ marginBottom: 8 }}>
        <Button type="primary" data-testid="lane-add" onClick={() => setAdding(true)}>{t('logistics.lanes.add')}</Button>
        <Popconfirm title={t('logistics.lanes.deleteConfirm')} onConfirm={remove} disabled={!selected}>
          <Button danger disabled={!selected} data-testid="lane-delete">{t('logistics.lanes.delete')}</Button>
        </Popconfirm>
        <Typography.Text type="secondary" data-testid="lane-count">{t('logistics.lanes.count', { count: format.integer(lanes.value?.length ?? 0) })}</Typography.Text>
      </Space>
      <DataGrid<LaneRow>
        gridId="logistics-lanes"
        rows={lanes.value}
        columnDefs={columns}
        getRowId={(p) => String(p.data.id)}
        quickFilterText=""
        loading={lanes.status === 'loading' && !lanes.value}
        empty={{ title: t('logistics.lanes.none'), hint: '' }}
        ariaLabel={t('logistics.tab.lanes')}
        gridOptions={{
          rowSelection: { mode: 'singleRow', checkboxes: false, enableClickSelection: true },
          onSelectionChanged: (event) => setSelected(event.api.getSelectedRows()[0] ?? null),
          onCellValueChanged: edited,
          singleClickEdit: false,
        }}
      />
      {adding && (
        <NewLaneDialog
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            void message.success(t('logistics.lanes.saved'));
            lanes.reload();
            onChanged();
          }}
        />
      )}
    </div>
  );
}
