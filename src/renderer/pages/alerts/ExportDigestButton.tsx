import { getApi } from '../../api/backend';
import { ExportMenuButton } from '../../components/ExportMenuButton';
import { useExport } from '../../hooks/useExport';
import { useLocale, useT } from '../../i18n/hooks';

/** The daily digest (today's open alerts by money, counts, what is new) in the user's language. */
export function ExportDigestButton() {
  const t = useT();
  const locale = useLocale();
  const { busy, run } = useExport((format: 'xlsx' | 'md') => getApi().monitoring.exportDigest({ format, locale }), {
    done: (where) => t('alerts.digest.saved', { name: where }),
    failed: t('alerts.digest.failed'),
  });
  return (
    <ExportMenuButton
      label={t('alerts.exportDigest')}
      testId="export-digest"
      busy={busy}
      onExport={(format) => void run(format)}
      formats={[
        { key: 'xlsx', label: t('alerts.digest.xlsx'), testId: 'digest-xlsx' },
        { key: 'md', label: t('alerts.digest.md'), testId: 'digest-md' },
      ]}
    />
  );
}
