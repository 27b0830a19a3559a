import { CloudUploadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { BackupEntry, IntegrityReport } from '../../../shared/contract/schemas/backup';
import type { RecentWorkspace, WorkspaceList } from '../../../shared/contract/schemas/app';
import { getApi } from '../../api/backend';
import { describeError } from '../../i18n/errors';
import { useFormat, useT } from '../../i18n/hooks';
import type { MessageKey } from '../../i18n/translate';
import { useAppStore } from '../../store/app-store';
import { BackupTable } from './BackupTable';
import { SaveAsButton } from './SaveAsButton';
import { useBackups } from './useBackups';
import { useErrorNotice } from '../../hooks/useErrorNotice';

/**
 * Backups of the open workspace: back up now, check for damage, restore, save a copy.
 * Another workspace (for example one that failed its check at open) can be picked to check it
 * and restore it from its backups; its damaged file is kept, never overwritten.
 */
export function BackupSettings({ initialPath = null }: { initialPath?: string | null }) {
  const t = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const showError = useErrorNotice();
  const workspace = useAppStore((state) => state.workspace);
  const [others, setOthers] = useState<{ path: string; name: string }[]>([]);
  /** Another workspace than the open one (for example one that failed to open): null means the open one. */
  const [chosenPath, setChosenPath] = useState<string | null>(initialPath);
  const target = chosenPath ? { path: chosenPath } : workspace ? {} : null;
  const onOpen = chosenPath === null && workspace !== null;
  const { list, error, reload } = useBackups(target, workspace?.path ?? null);
  const [busy, setBusy] = useState<'backup' | 'check' | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [report, setReport] = useState<IntegrityReport | null>(null);

  // Keyed on the path: the workspace's details are fetched again after every job (its as-of date),
  // which must not wipe a check the user just ran.
  const openPath = workspace?.path ?? null;
  useEffect(() => {
    setReport(null);
    // With a workspace open, its own backups; with none, the one the caller pointed at (if any).
    setChosenPath(openPath ? null : initialPath);
    void getApi()
      .workspace.list()
      .then((l) => setOthers(otherWorkspaces(l.recent, l.files, openPath)));
  }, [openPath, initialPath]);

  const fail = (title: MessageKey, reason: unknown) => {
    showError(t(title), reason);
  };

  const backUp = async () => {
    setBusy('backup');
    try {
      await getApi().backup.create();
      void message.success(t('backup.done'));
      reload();
    } catch (reason) {
      fail('backup.failed', reason);
    } finally {
      setBusy(null);
    }
  };

  const check = async () => {
    setBusy('check');
    try {
      setReport(await getApi().backup.check(target?.path ? { path: target.path } : {}));
    } catch (reason) {
      fail('backup.check.failed', reason);
    } finally {
      setBusy(null);
    }
  };

  const restore = async (backup: BackupEntry) => {
    setRestoring(backup.id);
    try {
      await getApi().backup.restore({ backupId: backup.id, ...(target?.path ? { path: target.path } : {}) });
      void message.success(t('backup.restore.done', { time: format.dateTime(backup.createdAt) }));
      setReport(null);
      setChosenPath(null);
      reload();
    } catch (reason) {
      fail('backup.restore.failed', reason);
    } finally {
      setRestoring(null);
    }
  };

  return (
    <Card size="small" title={t('backup.title')} data-testid="backup-settings">
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {t('backup.rule', { latest: list?.keep.latest ?? 10, days: list?.keep.dailyForDays ?? 7 })}
        </Typography.Text>
        {(!workspace || others.length > 0) && (
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            {!workspace && <Typography.Text>{t('backup.pickWorkspace.hint')}</Typography.Text>}
            <Select<string>
              aria-label={t('backup.pickWorkspace')}
              placeholder={t('backup.pickWorkspace')}
              style={{ width: '100%' }}
              value={chosenPath ?? workspace?.path}
              onChange={(next) => {
                setReport(null);
                setChosenPath(next === workspace?.path ? null : next);
              }}
              options={[
                ...(workspace ? [{ value: workspace.path, label: t('backup.pickWorkspace.open', { name: workspace.name }) }] : []),
                ...others.map((w) => ({ value: w.path, label: `${w.name} — ${w.path}` })),
              ]}
            />
          </Space>
        )}
        <Space wrap>
          {onOpen && (
            <Button type="primary" icon={<CloudUploadOutlined />} loading={busy === 'backup'} onClick={() => void backUp()}>
              {t('backup.now')}
            </Button>
          )}
          <Button icon={<SafetyCertificateOutlined />} loading={busy === 'check'} disabled={!target} onClick={() => void check()}>
            {t('backup.check')}
          </Button>
          {onOpen && workspace && <SaveAsButton currentName={workspace.name} />}
        </Space>
        {report && (
          <Alert
            data-testid="integrity-report"
            type={report.ok ? 'success' : 'error'}
            showIcon
            title={report.ok ? t('backup.check.ok') : t('backup.check.bad')}
            description={
              report.ok ? t('backup.check.okDetail', { file: report.workspacePath }) : (
                <>
                  {t('backup.check.badDetail')}
                  <pre style={{ whiteSpace: 'pre-wrap', margin: '6px 0 0', fontSize: 12 }}>{report.problems.slice(0, 8).join('\n')}</pre>
                </>
              )
            }
          />
        )}
        {error && <Alert type="error" showIcon title={t('backup.loadFailed')} description={describeError(t, error).message} />}
        {list && (
          <>
            <BackupTable backups={list.backups} restoring={restoring} onRestore={(b) => void restore(b)} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('backup.folder')}: <Typography.Text copyable style={{ fontSize: 12, wordBreak: 'break-all' }}>{list.folder}</Typography.Text>
            </Typography.Text>
          </>
        )}
      </Space>
    </Card>
  );
}

/** Every workspace SupplyDesk knows of besides the open one: recent files that still exist, and the workspaces folder. */
function otherWorkspaces(recent: RecentWorkspace[], files: WorkspaceList['files'], openPath: string | null) {
  const seen = new Set(openPath ? [openPath] : []);
  const result: { path: string; name: string }[] = [];
  for (const entry of [...recent.filter((r) => r.exists), ...files]) {
    if (seen.has(entry.path)) continue;
    seen.add(entry.path);
    result.push({ path: entry.path, name: entry.name });
  }
  return result;
}
