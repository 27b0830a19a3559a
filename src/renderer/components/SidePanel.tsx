import { CloseOutlined } from '@ant-design/icons';
import { Button, Card, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  testId: string;
  width: number;
  title: ReactNode;
  /** Buttons before the close button. */
  actions?: ReactNode;
  closeLabel: string;
  onClose(): void;
  children: ReactNode;
}

/** The pane beside a grid that shows the selected row: fixed width, its own scroll, a close button. */
export function SidePanel({ testId, width, title, actions, closeLabel, onClose, children }: Props) {
  return (
    <Card
      size="small"
      data-testid={testId}
      style={{ width, flex: 'none', display: 'flex', flexDirection: 'column', minHeight: 0 }}
      styles={{ body: { overflow: 'auto', flex: 1, minHeight: 0 } }}
      title={title}
      extra={
        <div style={{ display: 'flex', gap: 6 }}>
          {actions}
          <Tooltip title={closeLabel}>
            <Button size="small" type="text" icon={<CloseOutlined />} aria-label={closeLabel} onClick={onClose} />
          </Tooltip>
        </div>
      }
    >
      {children}
    </Card>
  );
}

/** A SKU code with its name beside it, the name giving way first. */
export function SkuTitle({ sku, name }: { sku: string; name: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'baseline', gap: 8, minWidth: 0 }}>
      <Typography.Text strong>{sku}</Typography.Text>
      <Typography.Text type="secondary" ellipsis style={{ fontWeight: 400, fontSize: 12, minWidth: 0 }}>
        {name}
      </Typography.Text>
    </div>
  );
}
