import { Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * Title, one line of context and the page's actions, the same on every page. The title never
 * wraps; the context line gives way first, and the actions move below when the window is narrow.
 */
export function PageHeader({ title, subtitle, extra }: { title: string; subtitle?: string; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 12, rowGap: 8, marginBottom: 12, minHeight: 32 }}>
      <Typography.Title level={4} style={{ margin: 0, fontSize: 18, whiteSpace: 'nowrap' }}>
        {title}
      </Typography.Title>
      {subtitle && (
        <Typography.Text type="secondary" ellipsis={{ tooltip: subtitle }} style={{ fontSize: 13, flex: '1 1 120px', minWidth: 0 }}>
          {subtitle}
        </Typography.Text>
      )}
      {extra && <div style={{ marginInlineStart: 'auto' }}>{extra}</div>}
    </div>
  );
}
