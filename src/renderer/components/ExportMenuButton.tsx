import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';

export interface ExportFormat<F extends string> {
  key: F;
  label: string;
  testId?: string;
}

/** A download button that opens its formats (CSV, XLSX…) as a menu. */
export function ExportMenuButton<F extends string>(props: {
  label: string;
  testId: string;
  formats: readonly ExportFormat<F>[];
  busy: boolean;
  onExport: (format: F) => void;
}) {
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: props.formats.map((f) => ({ key: f.key, label: f.label, ...(f.testId ? { 'data-testid': f.testId } : {}) })),
        onClick: ({ key }) => props.onExport(key as F),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={props.busy} data-testid={props.testId}>
        {props.label}
      </Button>
    </Dropdown>
  );
}
