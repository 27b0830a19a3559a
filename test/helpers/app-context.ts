import { AppContext } from '../../src/core/app/app-context';
import { sourceWorkerEntry } from '../../src/core/app/jobs/runner';

/** A real AppContext on a temporary home, as the browser mode builds it. */
export function testAppContext(home: string): AppContext {
  return new AppContext({
    host: { mode: 'browser', version: '0.0.0-test', systemLocale: 'en' },
    home,
    workerEntry: sourceWorkerEntry,
  });
}
