import { App, Button, Drawer, Popconfirm, Table, Tag, Tooltip } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ImportKindName, ImportLogRow } from '../../../../shared/contract/schemas/import';
import { importKindSchema } from '../../../../shared/contract/schemas/import';
import { getApi } from '../../../api/backend';
import { useFormat, useT } from '../../../i18n/hooks';
import { useAppStore } from '../../../store/app-store';
import { kindLabel } from './import-labels';
import { useErrorNotice } from '../../../hooks/useErrorNotice';

interface Props {
  open: boolean;
  onClose(): void;
}

const statusColor: Record<ImportLogRow['status'], string> = { done: 'green', undone: 'default', running: 'blue', failed: 'red', cancelled: 'default' };

/** Every import of this workspace, newest first; the newest can be undone. */
export function ImportHistory({ open, onClose }: Props) {
  const t = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const showError = useErrorNotice();
  const reloadTables = useAppStore((s) => s.reloadTables);
  const loadWorkspaceInfo = useAppStore((s) => s.loadWorkspaceInfo);
  const [rows, setRows] = useState<ImportLogRow[] | null>(null);
  const [undoing, setUndoing] = useState<number | null>(null);

  const load = useCallback(async () => {
    try {
      setRows(await getApi().import.list());
    } catch (error) {
      showError(t('import.history'), error);
    }
  }, [showError, t]);

  useEffect(() => {
    if (open) void load();
  }, [open, load]);

  const undo = async (importId: number) => {
    setUndoing(importId);
    try {
      await getApi().import.undo({ importId });
      void message.success(t('import.history.undone', { id: String(importId) }));
      void reloadTables();
      void loadWorkspaceInfo().catch(() => undefined);
    } catch (error) {
      showError(t('import.history.undo'), error, { sticky: true });
    } finally {
      setUndoing(null);
      await load();
    }
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('import.history')} size={760} destroyOnHidden>
      <Table<ImportLogRow>
        size="small"
        rowKey="id"
        loading={rows === null}
        dataSource={rows ?? []}
        aria-label={t('import.history')}
        locale={{ emptyText: t('import.history.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '#', dataIndex: 'id', width: 50 },
          { title: t('import.history.when'), dataIndex: 'startedAt', width: 150, render: (at: string) => format.dateTime(at) },
          {
            title: t('import.history.kind'),
            dataIndex: 'kind',
            width: 130,
            render: (kind: string) => (importKindSchema.safeParse(kind).success ? kindLabel(t, kind as ImportKindName) : kind),
          },
          { title: t('import.history.file'), dataIndex: 'fileName', ellipsis: true },
          { title: t('import.history.stored'), dataIndex: 'rowsStored', width: 80, align: 'right', render: (n: number) => format.integer(n) },
          { title: t('import.history.skipped'), dataIndex: 'rowsSkipped', width: 80, align: 'right', render: (n: number) => format.integer(n) },
          {
            title: t('import.history.status'),
            dataIndex: 'status',
            width: 90,
            render: (status: ImportLogRow['status']) => <Tag color={statusColor[status]}>{t(`import.status.${status}`)}</Tag>,
          },
          {
            title: '',
            width: 80,
            render: (_, row) =>
              row.status !== 'done' ? null : row.canUndo ? (
                <Popconfirm title={t('import.history.undoConfirm')} onConfirm={() => undo(row.id)} okButtonProps={{ danger: true }}>
                  <Button size="small" danger loading={undoing === row.id}>
                    {t('import.history.undo')}
                  </Button>
                </Popconfirm>
              ) : (
                <Tooltip title={t('import.history.undoOnlyNewest')}>
                  <Button size="small" disabled>
                    {t('import.history.undo')}
                  </Button>
                </Tooltip>
              ),
          },
        ]}
      />
    </Drawer>
  );
}
