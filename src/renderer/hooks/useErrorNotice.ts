import { App } from 'antd';
import { useCallback } from 'react';
import { toErrorShape } from '../api/errors';
import { describeError } from '../i18n/errors';
import { useT } from '../i18n/hooks';

/**
 * Says that an action failed the same way on every page: a notification titled by the action,
 * with what went wrong and what to do next.
 */
export function useErrorNotice(): (title: string, error: unknown, options?: { sticky?: boolean }) => void {
  const t = useT();
  const { notification } = App.useApp();
  return useCallback(
    (title, error, options = {}) => {
      const text = describeError(t, toErrorShape(error));
      notification.error({ title, description: text.next ? `${text.message} ${text.next}` : text.message, ...(options.sticky ? { duration: 0 } : {}) });
    },
    [t, notification],
  );
}
