import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { getApi } from '../../api/backend';
import { toErrorShape } from '../../api/errors';
import { deliverExport } from '../../api/files';
import { describeError } from '../../i18n/errors';
import { useT } from '../../i18n/hooks';
import type { PeriodRange } from './period-presets';

/** The ranking as CSV (like the scorecard command) or XLSX, for the period and tolerance on screen. */
export function ExportScorecardsButton({ range, toleranceDays }: { range: PeriodRange; toleranceDays: number | undefined }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const exportAs = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      const file = await getApi().suppliers.exportScorecards({
        format,
        ...range,
        ...(toleranceDays !== undefined ? { toleranceDays } : {}),
      });
      const where = await deliverExport(file);
      void message.success(t('suppliers.export.done', { file: where }));
    } catch (error) {
      void message.error(describeError(t, toErrorShape(error)).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('suppliers.export.xlsx') },
          { key: 'csv', label: t('suppliers.export.csv') },
        ],
        onClick: ({ key }) => void exportAs(key as 'csv' | 'xlsx'),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy} data-testid="export-scorecards">
        {t('suppliers.export.button')}
      </Button>
    </Dropdown>
  );
}
