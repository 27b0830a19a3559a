import { InboxOutlined } from '@ant-design/icons';
import { Spin, Typography, Upload } from 'antd';
import { hasNativeFileDialogs } from '../../../api/files';
import { useT } from '../../../i18n/hooks';
import { IMPORT_EXTENSIONS } from './import-labels';

interface Props {
  busy: boolean;
  /** A dropped or picked File; undefined asks for the desktop app's own dialog. */
  onFile(file?: File): void;
}

/** Step 1: drop a file or pick one. Nothing is uploaded by antd itself: the wizard takes the File. */
export function FileStep({ busy, onFile }: Props) {
  const t = useT();
  const native = hasNativeFileDialogs();
  return (
    <Spin spinning={busy}>
      <div
        // The desktop app reads files by path, which only its own dialog gives.
        onClick={native ? () => onFile() : undefined}
      >
        <Upload.Dragger
          accept={IMPORT_EXTENSIONS.map((e) => `.${e}`).join(',')}
          multiple={false}
          showUploadList={false}
          openFileDialogOnClick={!native}
          disabled={busy}
          beforeUpload={(file) => {
            onFile(file);
            return false;
          }}
          aria-label={t('import.file.label')}
          style={{ padding: '32px 16px' }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <Typography.Title level={5}>{t('import.file.drop')}</Typography.Title>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 520, margin: '0 auto' }}>
            {t('import.file.hint')}
          </Typography.Paragraph>
        </Upload.Dragger>
      </div>
    </Spin>
  );
}
