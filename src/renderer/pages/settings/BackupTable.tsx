import { Button, Popconfirm, Table, Tag } from 'antd';
import { useMemo } from 'react';
import type { BackupEntry, BackupReason } from '../../../shared/contract/schemas/backup';
import { useFormat, useLocale, useT } from '../../i18n/hooks';
import { intlLocale } from '../../i18n/locale';

const REASON_COLOR: Record<BackupReason, string> = {
  scheduled: 'default',
  manual: 'blue',
  'before-migration': 'purple',
  'before-import': 'cyan',
  'before-restore': 'gold',
};

interface Props {
  backups: BackupEntry[];
  restoring: string | null;
  onRestore(backup: BackupEntry): void;
}

/** Backups newest first, each with a confirmed Restore. */
export function BackupTable({ backups, restoring, onRestore }: Props) {
  const t = useT();
  const locale = useLocale();
  // Seconds matter here: two backups in one minute must be told apart.
  const format = useFormat();
  const megabytes = useMemo(() => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }), [locale]);

  return (
    <Table<BackupEntry>
      size="small"
      rowKey="id"
      data-testid="backup-table"
      dataSource={backups}
      pagination={backups.length > 8 ? { pageSize: 8, size: 'small' } : false}
      locale={{ emptyText: t('backup.empty') }}
      columns={[
        { key: 'when', title: t('backup.col.when'), render: (_, b) => format.timestamp(b.createdAt) },
        {
          key: 'reason',
          title: t('backup.col.reason'),
          render: (_, b) => <Tag color={REASON_COLOR[b.reason]}>{t(`backup.reason.${b.reason}`)}</Tag>,
        },
        { key: 'size', title: t('backup.col.size'), align: 'right', render: (_, b) => `${megabytes.format(Math.max(b.bytes / 1_048_576, 0.1))} MB` },
        {
          key: 'restore',
          align: 'right',
          render: (_, b) => (
            <Popconfirm
              title={t('backup.restore.confirm', { time: format.timestamp(b.createdAt) })}
              description={t('backup.restore.confirmDetail')}
              okText={t('backup.restore')}
              onConfirm={() => onRestore(b)}
            >
              <Button size="small" loading={restoring === b.id} disabled={restoring !== null && restoring !== b.id}>
                {t('backup.restore')}
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
