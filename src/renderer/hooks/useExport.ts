import { App } from 'antd';
import type { ExportedFile } from '../../shared/contract/schemas/files';
import { deliverExport } from '../api/files';
import { useAction } from './useAction';

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
  const action = useAction(words.failed);
  const run = (...args: A): Promise<void> =>
    action.run(async () => {
      const where = await deliverExport(await write(...args));
      void message.success(words.done(where));
    });
  return { busy: action.busy, run };
}
