import { Alert, Button, Flex, Result, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ApiErrorShape } from '../../../../shared/contract/errors';
import type { ImportSummary } from '../../../../shared/contract/schemas/import';
import { getApi } from '../../../api/backend';
import { toErrorShape } from '../../../api/errors';
import { describeError } from '../../../i18n/errors';
import { useLocale, useT } from '../../../i18n/hooks';
import { useAppStore } from '../../../store/app-store';
import { RefreshButton } from '../../../components/refresh/RefreshButton';
import { JobProgressBar } from './JobProgressBar';

interface Props {
  jobId: string;
  fileName: string;
  onViewData(): void;
  onAnother(): void;
  onClose(): void;
}

/** Step 4: the import job's progress with cancel, then what it did (the grids reload by themselves: import-jobs.ts). */
export function RunStep({ jobId, fileName, onViewData, onAnother, onClose }: Props) {
  const t = useT();
  const separator = useLocale() === 'zh-CN' ? '、' : ', ';
  const job = useAppStore((s) => s.jobs[jobId]);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const status = job?.status ?? 'running';

  useEffect(() => {
    if (status !== 'done') return;
    let live = true;
    getApi()
      .import.result({ jobId })
      .then((answer) => live && setSummary(answer.summary))
      .catch((e: unknown) => live && setError(toErrorShape(e)));
    return () => {
      live = false;
    };
  }, [jobId, status]);

  if (status === 'running' || (status === 'done' && !summary && !error)) {
    return (
      <Flex vertical gap={16} style={{ padding: '24px 0' }}>
        <Typography.Title level={5}>{t('import.run.title', { name: fileName })}</Typography.Title>
        <JobProgressBar jobId={jobId} cancelLabel={t('import.action.cancel')} />
      </Flex>
    );
  }
  const failure = error ?? (status === 'failed' ? job?.error ?? null : null);
  if (status === 'cancelled' || failure) {
    const text = failure ? describeError(t, failure) : null;
    return (
      <Result
        status={failure ? 'error' : 'info'}
        title={failure ? t('job.failed.import') : t('import.run.cancelled')}
        subTitle={text ? `${text.message} ${text.next}` : undefined}
        extra={[
          <Button key="again" type="primary" onClick={onAnother}>
            {t('import.action.another')}
          </Button>,
          <Button key="close" onClick={onClose}>
            {t('import.action.close')}
          </Button>,
        ]}
      />
    );
  }
  if (!summary) return null;
  const done = summary.status === 'done';
  return (
    <Result
      status={done ? 'success' : 'warning'}
      title={done ? t('import.done.title', { stored: summary.rowsStored, name: summary.file }) : t('import.aborted.title', { name: summary.file })}
      subTitle={done ? t('import.done.undoHint') : t('import.aborted.text')}
      extra={[
        done && (
          <Button key="view" type="primary" onClick={onViewData}>
            {t('import.action.viewData')}
          </Button>
        ),
        // New data: one click brings forecasts, plan and alerts up to date.
        done && summary.importId !== null && <RefreshButton key="refresh" label="afterImport" importIds={[summary.importId]} />,
        <Button key="again" onClick={onAnother}>
          {t('import.action.another')}
        </Button>,
        <Button key="close" onClick={onClose}>
          {t('import.action.close')}
        </Button>,
      ]}
    >
      <Flex gap={32} wrap justify="center" data-testid="import-summary">
        <Statistic title={t('import.done.rowsRead')} value={summary.rowsRead} />
        <Statistic title={t('import.done.stored')} value={summary.rowsStored} />
        <Statistic title={t('import.done.skipped')} value={summary.rowsSkipped} />
        <Statistic title={t('import.done.warnings')} value={summary.warnings} />
        <Statistic title={t('import.done.newSkus')} value={summary.createdCounts.products} />
      </Flex>
      {done && summary.created.products.length > 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="info"
          title={t('import.done.newSkusList', { skus: summary.created.products.slice(0, 20).join(separator) + (summary.createdCounts.products > 20 ? ' …' : '') })}
        />
      )}
    </Result>
  );
}
