import { App } from 'antd';
import { useState } from 'react';
import type { ExportedFile } from '../../shared/contract/schemas/files';
import { deliverExport } from '../api/files';
import { useErrorNotice } from './useErrorNotice';

interface ExportWords {
  /** The success message, given where the file went (its download name, or its path in the desktop app). */
  done: (where: string) => string;
  failed: string;
}

/**
 * One export action: the back end writes the file, then it is downloaded (browser) or shown in its
 * folder (desktop); success and failure are said the same way on every page.
 */
export function useExport<A extends unknown[]>(write: (...args: A) => Promise<ExportedFile>, words: ExportWords) {
  const { message } = App.useApp();
  const showError = useErrorNotice();
  const [busy, setBusy] = useState(false);
  const run = async (...args: A): Promise<void> => {
    setBusy(true);
    try {
      const where = await deliverExport(await write(...args));
      void message.success(words.done(where));
    } catch (error) {
      showError(words.failed, error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
