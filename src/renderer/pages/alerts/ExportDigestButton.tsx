import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { getApi } from '../../api/backend';
import { toErrorShape } from '../../api/errors';
import { deliverExport } from '../../api/files';
import { describeError } from '../../i18n/errors';
import { useLocale, useT } from '../../i18n/hooks';

/** The daily digest (today's open alerts by money, counts, what is new) in the user's language. */
export function ExportDigestButton() {
  const t = useT();
  const locale = useLocale();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const exportAs = async (format: 'xlsx' | 'md') => {
    setBusy(true);
    try {
      const file = await getApi().monitoring.exportDigest({ format, locale });
      await deliverExport(file);
      void message.success(t('alerts.digest.saved', { name: file.fileName }));
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
          { key: 'xlsx', label: t('alerts.digest.xlsx'), 'data-testid': 'digest-xlsx' } as { key: string; label: string },
          { key: 'md', label: t('alerts.digest.md'), 'data-testid': 'digest-md' } as { key: string; label: string },
        ],
        onClick: ({ key }) => void exportAs(key as 'xlsx' | 'md'),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy} data-testid="export-digest">
        {t('alerts.exportDigest')}
      </Button>
    </Dropdown>
  );
}
