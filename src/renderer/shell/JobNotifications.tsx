import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { getApi } from '../api/backend';
import { describeError, errorSentence } from '../i18n/errors';
import { useT } from '../i18n/hooks';
import { isMessageKey } from '../i18n/translate';
import { jobKindLabel } from '../i18n/job-text';

/** Tells the user how each job ended: a quiet message when it worked, a notification with next steps when not. */
export function JobNotifications() {
  const t = useT();
  const { message, notification } = App.useApp();
  // The event listener is registered once; it reads the current language through this ref.
  const latest = useRef({ t, message, notification });
  useEffect(() => {
    latest.current = { t, message, notification };
  });

  useEffect(
    () =>
      getApi().on('job:finished', (finished) => {
        const { t, message, notification } = latest.current;
        const job = jobKindLabel(t, finished.kind);
        if (finished.status === 'done') {
          const key = `job.done.${finished.kind}`;
          if (isMessageKey(key)) void message.success(t(key));
        } else if (finished.status === 'cancelled') {
          void message.info(t('job.cancelled', { job }));
        } else {
          const key = `job.failed.${finished.kind}`;
          const text = finished.error
            ? describeError(t, finished.error)
            : { message: t('error.job_failed', { message: '' }), next: t('error.job_failed.next') };
          notification.error({
            title: isMessageKey(key) ? t(key) : t('error.title'),
            description: errorSentence(text),
            duration: 0,
          });
        }
      }),
    [],
  );
  return null;
}
