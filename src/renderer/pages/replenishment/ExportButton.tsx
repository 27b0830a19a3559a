import { getApi } from '../../api/backend';
import { ExportMenuButton } from '../../components/ExportMenuButton';
import { useExport } from '../../hooks/useExport';
import { useLocale, useT } from '../../i18n/hooks';

/** Export the plan for the platform (format v1, reasons in the page's language): written by the back end, then downloaded or shown in its folder. */
export function ExportButton({ planId }: { planId: number }) {
  const t = useT();
  const locale = useLocale();
  // The reason column in the language the planner reads the page in.
  const { busy, run } = useExport((format: 'csv' | 'xlsx' | 'json') => getApi().planning.export({ planId, format, locale }), {
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
      ]}
    />
  );
}
