import { Alert, Skeleton } from 'antd';
import type { ApiErrorShape } from '../../shared/contract/errors';
import { describeError } from '../i18n/errors';
import { useT } from '../i18n/hooks';
import type { LoadStatus } from '../store/types';

interface Props {
  status: LoadStatus;
  error: ApiErrorShape | null;
  /** The data is in: nothing is shown. */
  ready: boolean;
  /** Titles the error, which then becomes its description. */
  failedTitle?: string;
  /** Lines of the skeleton. */
  rows?: number;
}

/** What a panel or drawer shows before its data is in: why loading failed, or a skeleton while it loads. */
export function LoadState({ status, error, ready, failedTitle, rows }: Props) {
  const t = useT();
  return (
    <>
      {status === 'error' && error && (
        failedTitle !== undefined ? (
          <Alert type="error" showIcon title={failedTitle} description={describeError(t, error).message} />
        ) : (
          <Alert type="error" showIcon title={describeError(t, error).message} />
        )
      )}
      {!ready && status !== 'error' && <Skeleton active {...(rows !== undefined ? { paragraph: { rows } } : {})} />}
    </>
  );
}
