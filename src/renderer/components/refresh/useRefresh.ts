import type { RefreshStatus } from '../../../shared/contract/schemas/refresh';
import { getApi } from '../../api/backend';
import { useLoad } from '../../hooks/useLoad';
import { useRunningJob } from '../../hooks/useRunningJob';
import { useT } from '../../i18n/hooks';
import type { JobView } from '../../store/jobs-slice';
import { useStartJob } from '../../hooks/useStartJob';

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
  const running = useRunningJob('refresh');
  const { starting, start: startJob } = useStartJob('refresh', t('refresh.startFailed'));
  const loaded = useLoad('refresh:status', () => getApi().refresh.status(), 'refresh');

  const start = (importIds?: number[]) => startJob(() => getApi().refresh.start(importIds && importIds.length > 0 ? { importIds } : {}));
  return { status: loaded.value, running, starting, start };
}
