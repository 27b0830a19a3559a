import { Button, Result } from 'antd';
import type { ApiErrorShape } from '../../shared/contract/errors';
import { describeError } from '../i18n/errors';
import { useT } from '../i18n/hooks';

/** The back end could not be asked what is open (e.g. an expired session): say why, and what to do. */
export function StartupError({ error }: { error: ApiErrorShape }) {
  const t = useT();
  const text = describeError(t, error);
  return (
    <div data-testid="startup-error" style={{ margin: 'auto' }}>
      <Result
        status="warning"
        title={text.message}
        subTitle={text.next}
        extra={<Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>}
      />
    </div>
  );
}
