import { Alert, Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { getApi } from '../api/backend';
import { useLoad } from '../hooks/useLoad';
import { describeError } from '../i18n/errors';
import { useT } from '../i18n/hooks';

const BackupSettings = lazy(async () => ({ default: (await import('../pages/settings/BackupSettings')).BackupSettings }));

/**
 * The workspace open last time could not be opened at start (moved, damaged): say so on the
 * welcome screen and offer its backups there, since Settings needs an open workspace.
 */
export function StartupProblem() {
  const t = useT();
  const problem = useLoad('startup-problem', () => getApi().workspace.startupProblem()).value;
  const [restoring, setRestoring] = useState(false);
  if (!problem) return null;
  const text = describeError(t, problem.error);
  const name = (problem.path.split(/[\\/]/).pop() ?? problem.path).replace(/\.supplydesk$/i, '');
  return (
    // minmax(0, 1fr): long paths in the backups card wrap inside the welcome card instead of widening it.
    <div data-testid="startup-problem" style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 12, width: '100%' }}>
      <Alert
        type="warning"
        showIcon
        title={t('welcome.lastFailed', { name })}
        description={`${text.message} ${text.next}`}
        action={
          <Button size="small" onClick={() => setRestoring((open) => !open)}>
            {t('welcome.restore')}
          </Button>
        }
      />
      {restoring && (
        <Suspense fallback={null}>
          <BackupSettings initialPath={problem.path} />
        </Suspense>
      )}
    </div>
  );
}
