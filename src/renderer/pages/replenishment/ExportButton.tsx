import { getApi } from '../../api/backend';
import { ExportMenuButton } from '../../components/ExportMenuButton';
import { useExport } from '../../hooks/useExport';
import { useLocale, useT } from '../../i18n/hooks';

type Choice = 'csv' | 'xlsx' | 'json' | 'csv-all' | 'xlsx-all';

/**
 * Export the plan for the platform (format v1): written by the back end, then downloaded or shown in
 * its folder. By default only what still needs ordering; the "with approved lines" choices add the
 * approved lines with their PO numbers. Reasons in the page's language.
 */
export function ExportButton({ planId }: { planId: number }) {
  const t = useT();
  // The reason column in the language the planner reads the page in.
  const locale = useLocale();
  const exportAs = (choice: Choice) => {
    const format = choice === 'csv-all' ? 'csv' : choice === 'xlsx-all' ? 'xlsx' : choice;
    return getApi().planning.export({ planId, format, locale, ...(choice !== format ? { includeApproved: true } : {}) });
  };
  const { busy, run } = useExport(exportAs, {
    done: (file) => t('plan.export.done', { file }),
    failed: t('plan.export.failed'),
  });
  return (
    <ExportMenuButton
      label={t('plan.export')}
      testId="export-plan"
      busy={busy}
      onExport={(format) => void run(format)}
      formats={[
        { key: 'csv', label: t('plan.export.csv') },
        { key: 'xlsx', label: t('plan.export.xlsx') },
        { key: 'json', label: t('plan.export.json') },
        { key: 'csv-all', label: t('plan.export.csvWithApproved'), testId: 'export-plan-csv-all' },
        { key: 'xlsx-all', label: t('plan.export.xlsxWithApproved'), testId: 'export-plan-xlsx-all' },
      ]}
    />
  );
}
