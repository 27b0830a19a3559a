import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { toErrorShape } from '../../api/errors';
import { getApi } from '../../api/backend';
import { deliverExport } from '../../api/files';
import { describeError } from '../../i18n/errors';
import { useT } from '../../i18n/hooks';

type Format = 'csv' | 'xlsx' | 'json';

/** Export the plan for the platform (format v1): written by the back end, then downloaded or shown in its folder. */
export function ExportButton({ planId }: { planId: number }) {
  const t = useT();
  const { message, notification } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (format: Format) => {
    setBusy(true);
    try {
      const file = await getApi().planning.export({ planId, format });
      const where = await deliverExport(file);
      void message.success(t('plan.export.done', { file: where }));
    } catch (error) {
      const text = describeError(t, toErrorShape(error));
      notification.error({ title: t('plan.export.failed'), description: `${text.message} ${text.next}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'csv', label: t('plan.export.csv') },
          { key: 'xlsx', label: t('plan.export.xlsx') },
          { key: 'json', label: t('plan.export.json') },
        ],
        onClick: ({ key }) => void run(key as Format),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy} data-testid="export-plan">
        {t('plan.export')}
      </Button>
    </Dropdown>
  );
}
