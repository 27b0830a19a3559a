import { integrityReport } from '../backup/integrity';
import { checkFileInWorker } from '../backup/integrity-worker';
import type { Workspace } from '../db/workspace';
import type { EventBus } from './event-bus';

/**
 * Waits this long after a large workspace opened before walking its pages, so the first pages the
 * user opens do not share the two cores with the check.
 */
export const BACKGROUND_CHECK_DELAY_MS = 15_000;

/**
 * The whole-file check a large workspace skipped at open (db/workspace.ts), run in a worker thread
 * on its own read-only connection at the lowest priority (minutes at 50,000 SKUs: the pages opened
 * meanwhile must not share the cores with it evenly); damage found is announced (`workspace:damaged`) so the UI can
 * offer the backups. Cancelled when the workspace closes before it started.
 */
export function scheduleBackgroundCheck(
  workspace: Workspace,
  events: EventBus,
  isStillOpen: () => boolean,
  delayMs = BACKGROUND_CHECK_DELAY_MS,
): { cancel(): void; done: Promise<string[] | null> } {
  let timer: NodeJS.Timeout | null = null;
  let cancelled = false;
  let settle: (problems: string[] | null) => void = () => undefined;
  const done = new Promise<string[] | null>((resolve) => {
    settle = resolve;
    if (!workspace.wholeFileCheckOwed) return resolve(null);
    timer = setTimeout(() => {
      if (cancelled || !isStillOpen()) return resolve(null);
      checkFileInWorker(workspace.path, 'pages', 'background')
        .then((problems) => {
          if (problems.length > 0 && isStillOpen()) events.emit('workspace:damaged', integrityReport(workspace.path, problems));
          resolve(problems);
        })
        .catch((error: unknown) => {
          console.error('The background check of the workspace failed:', error);
          resolve(null);
        });
    }, delayMs);
    timer.unref();
  });
  return {
    cancel: () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      settle(null);
    },
    done,
  };
}
