import { App } from 'antd';
import { useCallback } from 'react';
import { toErrorShape } from '../api/errors';
import { describeError, errorSentence } from '../i18n/errors';
import { useT } from '../i18n/hooks';
import type { Translate } from '../i18n/translate';

/**
 * Says that an action failed the same way on every page: a notification titled by the action,
 * with what went wrong and what to do next.
 */
export function useErrorNotice(): (title: string, error: unknown, options?: { sticky?: boolean }) => void {
  const t = useT();
  const { notification } = App.useApp();
  return useCallback(
    (title, error, options = {}) => {
      notification.error({ title, description: errorLine(t, error), ...(options.sticky ? { duration: 0 } : {}) });
    },
    [t, notification],
  );
}

/** Whatever was thrown, as the sentence a form shows in place: what went wrong and what to do next. */
export function errorLine(t: Translate, error: unknown): string {
  return errorSentence(describeError(t, toErrorShape(error)));
}

/** The short form, for a toast: what went wrong only. */
export function errorMessage(t: Translate, error: unknown): string {
  return describeError(t, toErrorShape(error)).message;
}
