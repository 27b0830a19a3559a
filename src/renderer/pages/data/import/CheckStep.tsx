import { Alert, Button, Flex, Radio, Spin, Statistic, Typography } from 'antd';
import type { ImportKindFields } from '../../../../shared/contract/schemas/import';
import { useFormat, useLocale, useT } from '../../../i18n/hooks';
import { useRunningCheckId } from './import-jobs';
import { JobProgressBar } from './JobProgressBar';
import { PreviewGrid } from './PreviewGrid';
import { ProblemTable } from './ProblemTable';
import type { ImportWizard } from './useImportWizard';

interface Props {
  wizard: ImportWizard;
  fields: ImportKindFields[];
  onAbort(): void;
}

/** Step 3: the whole file checked (nothing stored yet): rows as stored, problems, then the choice. */
export function CheckStep({ wizard, fields, onAbort }: Props) {
  const t = useT();
  const separator = useLocale() === 'zh-CN' ? '、' : ', ';
  const fmt = useFormat();
  const { state } = wizard;
  const runningJob = useRunningCheckId();
  const kind = fields.find((k) => k.kind === state.kind);
  const { preview, file } = state;

  if (!preview || !kind) {
    return (
      <Flex vertical gap={16} style={{ padding: '24px 0' }}>
        <Spin />
        <Typography.Text>{t('import.check.running', { name: file?.name ?? '' })}</Typography.Text>
        <JobProgressBar jobId={runningJob} cancelLabel={t('import.action.cancel')} />
      </Flex>
    );
  }

  const { summary } = preview;
  const errorRows = summary.rowsSkipped;
  const newSkus = summary.created.products;
  return (
    <Flex vertical gap={12}>
      <Flex gap={32} wrap>
        <Statistic title={t('import.check.rowsRead')} value={summary.rowsRead} />
        <Statistic title={t('import.check.valid')} value={summary.rowsStored} />
        <Statistic title={t('import.check.errors')} value={errorRows} valueStyle={errorRows > 0 ? { color: '#cf1322' } : undefined} />
        <Statistic title={t('import.check.warnings')} value={summary.problems.warnings} />
        <Statistic title={t('import.check.newSkus')} value={summary.createdCounts.products} />
      </Flex>
      {summary.dateOrders.map((d) =>
        d.source === 'ask' ? (
          <Alert
            key={d.field}
            type="warning"
            showIcon
            data-testid="date-order-ask"
            title={t('import.check.dates.ask', { column: d.column })}
            description={
              <Radio.Group
                aria-label={t('import.read.dateOrder')}
                onChange={(e) => wizard.recheckWithDateOrder(e.target.value as 'DMY' | 'MDY')}
                options={[
                  { value: 'DMY', label: t('import.check.dates.askDMY') },
                  { value: 'MDY', label: t('import.check.dates.askMDY') },
                ]}
              />
            }
          />
        ) : d.source === 'data' && d.order !== 'YMD' ? (
          <Typography.Text key={d.field} type="secondary" data-testid="date-order-read">
            {t(`import.check.dates.${d.order}`, { column: d.column, count: fmt.integer(d.order === 'DMY' ? d.dayFirst : d.monthFirst) })}
          </Typography.Text>
        ) : null,
      )}
      {summary.dateOrders.some((d) => d.source === 'ask') ? null : summary.rowsStored === 0 ? (
        <Alert type="error" showIcon title={t('import.check.noValid')} />
      ) : (
        errorRows > 0 && <Alert type="warning" showIcon title={t('import.check.hasErrors', { count: errorRows })} />
      )}
      {newSkus.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('import.check.newSkusList', { skus: newSkus.slice(0, 20).join(separator) + (summary.createdCounts.products > 20 ? ' …' : '') })}
        />
      )}
      <Typography.Text strong>{t('import.check.preview')}</Typography.Text>
      <PreviewGrid preview={preview} kind={kind} />
      <Typography.Text strong>{t('import.check.problems')}</Typography.Text>
      <ProblemTable summary={summary} />
      <Flex justify="space-between">
        <Button onClick={wizard.back}>{t('import.action.back')}</Button>
        <Flex gap={8}>
          <Button onClick={onAbort}>{t('import.action.abort')}</Button>
          {/* Nothing to import is no choice to offer: no "Import the 0 valid rows". */}
          {summary.rowsStored > 0 && (
            <Button type="primary" loading={state.busy === 'starting'} onClick={() => void wizard.start(errorRows > 0 ? 'skip' : 'abort')}>
              {errorRows > 0 ? t('import.action.importValid', { count: summary.rowsStored }) : t('import.action.import', { count: summary.rowsStored })}
            </Button>
          )}
        </Flex>
      </Flex>
    </Flex>
  );
}
