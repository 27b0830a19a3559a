import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Title, one line of context and the page's actions, the same on every page. */
export function PageHeader({ title, subtitle, extra }: { title: string; subtitle?: string; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 12, minHeight: 32 }}>
      <Typography.Title level={4} style={{ margin: 0, fontSize: 18 }}>
        {title}
      </Typography.Title>
      {subtitle && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {subtitle}
        </Typography.Text>
      )}
      <div style={{ flex: 1 }} />
      {extra}
    </div>
  );
}
