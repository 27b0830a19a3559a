import { Drawer, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { FileChoice } from '../../../../shared/contract/schemas/files';
import { getApi } from '../../../api/backend';
import { useLoad } from '../../../hooks/useLoad';
import { useT } from '../../../i18n/hooks';
import { useAppStore } from '../../../store/app-store';
import { AddWatchedFolder } from './AddWatchedFolder';
import { WatchedFolderList } from './WatchedFolderList';
import { WatchLedger } from './WatchLedger';
import { useErrorNotice } from '../../../hooks/useErrorNotice';

interface Props {
  open: boolean;
  onClose(): void;
  onOpenInWizard(file: FileChoice): void;
}

/** While open, the list follows files still being written (they settle without a push event when they wait). */
const REFRESH_MS = 3000;

/** The Data page's watched folders: add one, see each folder's state and the files seen in it. */
export function WatchedFolders({ open, onClose, onOpenInWizard }: Props) {
  const t = useT();
  const showError = useErrorNotice();
  const epoch = useAppStore((s) => s.workspaceEpoch);
  const hasWorkspace = useAppStore((s) => s.workspace !== null);
  const [generation, setGeneration] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const [scanning, setScanning] = useState(false);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);

  const folders = useLoad(open && hasWorkspace ? `watch:${epoch}:${generation}` : null, () => getApi().watch.list());
  const current = folders.value?.find((f) => f.id === selected) ?? folders.value?.[0] ?? null;
  const files = useLoad(open && current ? `watch:files:${current.id}:${generation}` : null, () => getApi().watch.files({ folderId: current!.id }));

  useEffect(() => {
    if (!open) return;
    const stop = getApi().on('watch:fileSettled', refresh);
    const timer = window.setInterval(refresh, REFRESH_MS);
    return () => {
      stop();
      window.clearInterval(timer);
    };
  }, [open, refresh]);

  const act = async (title: string, action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      showError(title, error);
    } finally {
      refresh();
    }
  };

  const scan = async (folderId: number) => {
    setScanning(true);
    await act(t('watch.scanFailed'), () => getApi().watch.scan({ folderId }));
    setScanning(false);
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('watch.title')} size={1000} destroyOnHidden data-testid="watch-drawer">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('watch.intro')}
      </Typography.Paragraph>
      <AddWatchedFolder
        watchedKey={(folders.value ?? []).map((f) => f.id).join(',')}
        onAdded={(id) => {
          setSelected(id);
          refresh();
        }}
      />
      <WatchedFolderList
        folders={folders.value ?? []}
        selected={current?.id ?? null}
        scanning={scanning}
        onSelect={setSelected}
        onEnable={(folderId, enabled) => void act(t('watch.enabled'), () => getApi().watch.setEnabled({ folderId, enabled }))}
        onScan={(folderId) => void scan(folderId)}
        onRemove={(folderId) => void act(t('watch.remove'), () => getApi().watch.remove({ folderId }))}
      />
      {current && (
        <>
          <Typography.Title level={5} style={{ fontSize: 14 }}>
            {t('watch.ledger', { path: current.path })}
          </Typography.Title>
          <WatchLedger files={files.value} onChanged={refresh} onOpenInWizard={onOpenInWizard} />
        </>
      )}
    </Drawer>
  );
}
