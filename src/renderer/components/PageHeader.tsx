import { Alert, Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/hooks';

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

interface FullPageProps {
  testId: string;
  title: string;
  subtitle?: string;
  extra?: ReactNode;
  children: ReactNode;
}

/** A page that fills the window's height (its grid scrolls, not the page), under the common header. */
export function FullPage({ testId, title, subtitle, extra, children }: FullPageProps) {
  return (
    <div data-testid={testId} style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <PageHeader title={title} subtitle={subtitle} extra={extra} />
      {children}
    </div>
  );
}

/** Under a page's header: its data could not be read, with what went wrong and a retry. */
export function PageLoadError({ title, description, onRetry }: { title: string; description: string; onRetry(): void }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title={title}
      description={description}
      action={<Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
