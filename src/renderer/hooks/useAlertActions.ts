import { App } from 'antd';
import { useCallback } from 'react';
import { getApi } from '../api/backend';
import { describeError } from '../i18n/errors';
import { useFormat, useT } from '../i18n/hooks';
import { toErrorShape } from '../api/errors';

export interface AlertActions {
  acknowledge(ids: number[], note?: string): Promise<boolean>;
  snooze(ids: number[], until?: string): Promise<boolean>;
  reopen(ids: number[]): Promise<boolean>;
  /** Starts the alert check as a job (its progress shows in the header and where the caller shows it). */
  refresh(): Promise<void>;
}

/** Acknowledge, snooze, reopen and refresh, each telling the user how it went; `changed` runs after a success. */
export function useAlertActions(changed: () => void): AlertActions {
  const t = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const fail = useCallback(
    (error: unknown) => {
      const text = describeError(t, toErrorShape(error));
      void message.error(`${t('alerts.actionFailed')}: ${text.message}`);
    },
    [message, t],
  );
  const run = useCallback(
    async (work: () => Promise<string>) => {
      try {
        void message.success(await work());
        changed();
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [changed, fail, message],
  );
  return {
    acknowledge: (ids, note) =>
      run(async () => {
        await getApi().monitoring.acknowledge({ ids, ...(note ? { note } : {}) });
        return t('alerts.acknowledged');
      }),
    snooze: (ids, until) =>
      run(async () => {
        const result = await getApi().monitoring.snooze({ ids, ...(until ? { until } : {}) });
        return t('alerts.snoozed', { date: format.date(result.until) });
      }),
    reopen: (ids) =>
      run(async () => {
        await getApi().monitoring.reopen({ ids });
        return t('alerts.open');
      }),
    refresh: async () => {
      try {
        await getApi().monitoring.refresh();
      } catch (error) {
        fail(error);
      }
    },
  };
}
