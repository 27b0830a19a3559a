import { Card, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';

/** One number with its label; a skeleton while it loads, never a made-up value. */
export function KeyFigure({ label, value, hint, loading }: { label: string; value: ReactNode; hint?: ReactNode; loading: boolean }) {
  return (
    <Card size="small" styles={{ body: { padding: '12px 16px' } }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      {loading ? (
        <Skeleton.Input active size="small" style={{ display: 'block', marginTop: 6 }} />
      ) : (
        <div className="tabular" style={{ fontSize: 22, fontWeight: 600, lineHeight: 1.3, marginTop: 2 }}>
          {value}
        </div>
      )}
      {hint && !loading && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hint}
        </Typography.Text>
      )}
    </Card>
  );
}
