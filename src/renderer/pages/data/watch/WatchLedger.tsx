import { Button, Space, Table, Tag } from 'antd';
import type { WatchFile, WatchFileStatus } from '../../../../shared/contract/schemas/watch';
import type { FileChoice } from '../../../../shared/contract/schemas/files';
import { getApi } from '../../../api/backend';
import { useFormat, useT } from '../../../i18n/hooks';
import { detailText, fileKindLabel } from './watch-text';
import { useErrorNotice } from '../../../hooks/useErrorNotice';

const statusColor: Record<WatchFileStatus, string> = {
  waiting: 'blue',
  imported: 'green',
  failed: 'red',
  'skipped-unchanged': 'default',
  'skipped-no-mapping': 'orange',
};

interface Props {
  files: WatchFile[] | null;
  onChanged(): void;
  onOpenInWizard(file: FileChoice): void;
}

/** The files seen in one folder, newest first: what became of each, and why when it was not imported. */
export function WatchLedger({ files, onChanged, onOpenInWizard }: Props) {
  const t = useT();
  const format = useFormat();
  const showError = useErrorNotice();

  const act = async (title: string, action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      showError(title, error);
    } finally {
      onChanged();
    }
  };
  const retry = (file: WatchFile) => act(t('watch.retryFailed'), async () => void (await getApi().watch.retry({ fileId: file.id })));
  const openWizard = (file: WatchFile) =>
    act(t('watch.openWizard'), async () => onOpenInWizard((await getApi().watch.openInWizard({ fileId: file.id })).file));

  return (
    <Table<WatchFile>
      size="small"
      rowKey="id"
      data-testid="watch-ledger"
      loading={files === null}
      dataSource={files ?? []}
      locale={{ emptyText: t('watch.ledger.empty') }}
      pagination={{ pageSize: 15, hideOnSinglePage: true }}
      columns={[
        { title: t('watch.col.file'), dataIndex: 'name', ellipsis: true },
        {
          title: t('watch.col.status'),
          dataIndex: 'status',
          width: 120,
          render: (status: WatchFileStatus) => (
            <Tag color={statusColor[status]} data-testid={`watch-status-${status}`}>
              {t(`watch.status.${status}`)}
            </Tag>
          ),
        },
        { title: t('watch.col.when'), width: 150, render: (_, file) => format.dateTime(file.settledAt ?? file.firstSeenAt) },
        { title: t('watch.col.kind'), width: 130, ellipsis: true, render: (_, file) => fileKindLabel(t, file) },
        { title: t('watch.col.details'), render: (_, file) => <span data-testid="watch-detail">{detailText(t, file)}</span> },
        {
          title: '',
          width: 190,
          render: (_, file) => (
            <Space size={4}>
              {file.status === 'skipped-no-mapping' && (
                <Button size="small" type="primary" onClick={() => void openWizard(file)}>
                  {t('watch.openWizard')}
                </Button>
              )}
              {(file.status === 'failed' || file.status === 'skipped-no-mapping') && (
                <Button size="small" onClick={() => void retry(file)}>
                  {t('watch.retry')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
