import { getApi } from '../../api/backend';
import { ExportMenuButton } from '../../components/ExportMenuButton';
import { useExport } from '../../hooks/useExport';
import { useT } from '../../i18n/hooks';
import type { PeriodRange } from './period-presets';

/** The ranking as CSV (like the scorecard command) or XLSX, for the period and tolerance on screen. */
export function ExportScorecardsButton({ range, toleranceDays }: { range: PeriodRange; toleranceDays: number | undefined }) {
  const t = useT();
  const { busy, run } = useExport(
    (format: 'csv' | 'xlsx') => getApi().suppliers.exportScorecards({ format, ...range, ...(toleranceDays !== undefined ? { toleranceDays } : {}) }),
    { done: (file) => t('suppliers.export.done', { file }), failed: t('suppliers.export.failed') },
  );
  return (
    <ExportMenuButton
      label={t('suppliers.export.button')}
      testId="export-scorecards"
      busy={busy}
      onExport={(format) => void run(format)}
      formats={[
        { key: 'xlsx', label: t('suppliers.export.xlsx') },
        { key: 'csv', label: t('suppliers.export.csv') },
      ]}
    />
  );
}
