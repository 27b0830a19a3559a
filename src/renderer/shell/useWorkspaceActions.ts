import { App } from 'antd';
import { useState } from 'react';
import { getApi } from '../api/backend';
import { hasErrorCode } from '../api/errors';
import { useT } from '../i18n/hooks';
import type { MessageKey } from '../i18n/translate';
import { useAppStore } from '../store/app-store';
import { useErrorNotice } from '../hooks/useErrorNotice';

/**
 * Create, open and demo actions with the feedback around them (busy state, success
 * message, error notification with the next step), shared by the switcher and the welcome page.
 */
export function useWorkspaceActions() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useErrorNotice();
  const [busy, setBusy] = useState(false);
  const mode = useAppStore((state) => state.appInfo?.mode);

  async function run<T>(failTitle: MessageKey, action: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    try {
      return await action();
    } catch (error) {
      showError(t(failTitle), error);
      return null;
    } finally {
      setBusy(false);
    }
  }

  const create = (name: string) =>
    run('workspace.createFailed', async () => {
      const summary = await useAppStore.getState().createWorkspace(name.trim());
      void message.success(t('workspace.created', { name: summary.name }));
      return summary;
    });

  const open = (path: string) =>
    run('workspace.openFailed', async () => {
      const summary = await useAppStore.getState().openWorkspace(path);
      void message.success(t('workspace.opened', { name: summary.name }));
      return summary;
    });

  const createDemo = () =>
    // No message here: the job's progress bar in the header is the feedback.
    run('job.failed.demo', () => useAppStore.getState().createDemoWorkspace());

  /** The native file dialog (Electron); null when cancelled or when this mode has none. */
  const browse = () =>
    run('workspace.openFailed', async () => {
      try {
        const { path } = await getApi().workspace.pickFile({ purpose: 'open' });
        return path ? await useAppStore.getState().openWorkspace(path) : null;
      } catch (error) {
        if (hasErrorCode(error, 'not_supported')) return null;
        throw error;
      }
    });

  return { busy, create, open, createDemo, browse, canBrowse: mode === 'electron' };
}
