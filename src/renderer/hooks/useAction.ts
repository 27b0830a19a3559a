import { useCallback, useState } from 'react';
import { useErrorNotice } from './useErrorNotice';

export interface Action {
  /** True while the action runs: its button shows a spinner. */
  busy: boolean;
  run(action: () => Promise<void>): Promise<void>;
}

/**
 * What a button does: busy while it runs, and a failure said once. `failed` is the title of the
 * error notice, or what to do with the error instead (a message, a line in the form).
 */
export function useAction(failed: string | ((error: unknown) => void)): Action {
  const showError = useErrorNotice();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      try {
        await action();
      } catch (error) {
        if (typeof failed === 'string') showError(failed, error);
        else failed(error);
      } finally {
        setBusy(false);
      }
    },
    [failed, showError],
  );
  return { busy, run };
}
