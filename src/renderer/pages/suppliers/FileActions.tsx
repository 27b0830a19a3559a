import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, InputNumber, Popover, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { ConfirmationImportResult } from '../../../shared/contract/schemas/suppliers';
import { getApi } from '../../api/backend';
import { toErrorShape } from '../../api/errors';
import { chooseFile, deliverExport, hasNativeFileDialogs } from '../../api/files';
import { useT } from '../../i18n/hooks';
import { useAction } from '../../hooks/useAction';
import { errorMessage } from '../../hooks/useErrorNotice';
import { ConfirmationProblems } from './ConfirmationProblems';

const DEFAULT_WEEKS = 13;
const CONFIRMATION_EXTENSIONS = ['csv', 'xlsx'];

/** "Export supplier pack" with its weeks of forecast: writes the XLSX and hands it to the user. */
export function ExportPackButton({ supplierId }: { supplierId: number }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [weeks, setWeeks] = useState<number>(DEFAULT_WEEKS);
  const { busy, run } = useAction((error) => void message.error(errorMessage(t, error)));

  const exportPack = () =>
    run(async () => {
      const file = await getApi().suppliers.exportPack({ supplierId, weeks });
      const where = await deliverExport(file);
      setOpen(false);
      void message.success(t('suppliers.pack.done', { file: where }));
    });

  const form = (
    <div data-testid="pack-form" style={{ width: 260 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('suppliers.pack.explain')}
      </Typography.Paragraph>
      <Space>
        <InputNumber
          aria-label={t('suppliers.pack.weeks')}
          min={1}
          max={104}
          value={weeks}
          onChange={(value) => setWeeks(value ?? DEFAULT_WEEKS)}
          suffix={t('suppliers.pack.weeksUnit')}
          style={{ width: 120 }}
        />
        <Button type="primary" loading={busy} onClick={() => void exportPack()}>
          {t('suppliers.pack.export')}
        </Button>
      </Space>
    </div>
  );

  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" content={form} title={t('suppliers.pack.title')} placement="bottomRight">
      <Button size="small" icon={<DownloadOutlined />} data-testid="export-pack">
        {t('suppliers.pack.button')}
      </Button>
    </Popover>
  );
}

/**
 * "Import confirmations": the supplier's reply (their pack's Open POs sheet, or any CSV/XLSX with PO
 * number, line or SKU, confirmed quantity and date). Desktop: a native dialog; browser: a file input.
 */
export function ImportConfirmationsButton({ supplierId, onImported }: { supplierId: number; onImported(): void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (file?: File) => {
    setBusy(true);
    try {
      const choice = await chooseFile({ extensions: CONFIRMATION_EXTENSIONS, ...(file ? { file } : {}) });
      if (!choice) return;
      const result = await getApi().suppliers.importConfirmations({ supplierId, path: choice.path });
      showResult(result);
      onImported();
    } catch (error) {
      const shape = toErrorShape(error);
      modal.error({
        title: t('suppliers.confirm.failed'),
        width: 560,
        content: <ConfirmationProblems error={shape} />,
      });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const showResult = (result: ConfirmationImportResult) => {
    void message.success(
      t('suppliers.confirm.done', { file: result.file, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped }),
    );
  };

  return (
    <>
      <Button
        size="small"
        icon={<UploadOutlined />}
        loading={busy}
        data-testid="import-confirmations"
        onClick={() => (hasNativeFileDialogs() ? void importFile() : input.current?.click())}
      >
        {t('suppliers.confirm.button')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".csv,.xlsx"
        aria-label={t('suppliers.confirm.button')}
        data-testid="confirmations-file"
        style={{ display: 'none' }}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
