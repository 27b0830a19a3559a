import { useState } from 'react';
import type { RefreshStatus } from '../../../shared/contract/schemas/refresh';
import { getApi } from '../../api/backend';
import { useLoad } from '../../hooks/useLoad';
import { useRunningJob } from '../../hooks/useRunningJob';
import { useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import type { JobView } from '../../store/jobs-slice';
import { useErrorNotice } from '../../hooks/useErrorNotice';

export interface RefreshControl {
  /** The last finished refresh and the running one, reloaded when a refresh job finishes. */
  status: RefreshStatus | null;
  running: JobView | undefined;
  starting: boolean;
  start(importIds?: number[]): Promise<void>;
}

/** Starting the refresh job (forecast → plan → alerts) and following it. */
export function useRefresh(): RefreshControl {
  const t = useT();
  const showError = useErrorNotice();
  const trackJob = useAppStore((state) => state.trackJob);
  const running = useRunningJob('refresh');
  const [starting, setStarting] = useState(false);
  const loaded = useLoad('refresh:status', () => getApi().refresh.status(), 'refresh');

  const start = async (importIds?: number[]) => {
    setStarting(true);
    try {
      const { jobId } = await getApi().refresh.start(importIds && importIds.length > 0 ? { importIds } : {});
      trackJob(jobId, 'refresh');
    } catch (error) {
      showError(t('refresh.startFailed'), error);
    } finally {
      setStarting(false);
    }
  };
  return { status: loaded.value, running, starting, start };
}
