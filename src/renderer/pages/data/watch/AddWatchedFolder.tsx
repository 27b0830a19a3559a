import { FolderAddOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { ImportKindName } from '../../../../shared/contract/schemas/import';
import { importKindSchema } from '../../../../shared/contract/schemas/import';
import { getApi } from '../../../api/backend';
import { useT } from '../../../i18n/hooks';
import { useAppStore } from '../../../store/app-store';
import { useAction } from '../../../hooks/useAction';
import { errorLine } from '../../../hooks/useErrorNotice';
import { kindLabel } from '../import/import-labels';

interface Props {
  onAdded(folderId: number): void;
}

type KindChoice = ImportKindName | 'detect';

/**
 * The desktop app asks for the folder in the system's dialog; the browser mode has none, so the
 * user types or pastes the path and the back end checks it (exists, is a folder, readable).
 */
export function AddWatchedFolder({ onAdded }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const electron = useAppStore((s) => s.appInfo?.mode === 'electron');
  const [typed, setTyped] = useState('');
  const [kind, setKind] = useState<KindChoice>('detect');
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useAction((reason) => setError(errorLine(t, reason)));

  const add = (folderPath: string) => {
    setError(null);
    return run(async () => {
      const folder = await getApi().watch.add({ path: folderPath, kind });
      void message.success(t('watch.added', { path: folder.path }));
      setTyped('');
      onAdded(folder.id);
    });
  };

  const choose = async () => {
    const { path } = await getApi().watch.pickFolder();
    if (path) await add(path);
  };

  const kindOptions = [
    { value: 'detect', label: t('watch.kind.detect') },
    ...importKindSchema.options.map((k) => ({ value: k, label: kindLabel(t, k) })),
  ];

  return (
    <div style={{ marginBottom: 12 }}>
      <Space.Compact style={{ width: '100%' }}>
        {!electron && (
          <Input
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onPressEnter={() => typed.trim() && void add(typed.trim())}
            placeholder={t('watch.add.placeholder')}
            aria-label={t('watch.add.placeholder')}
            status={error ? 'error' : undefined}
          />
        )}
        <Select<KindChoice> value={kind} onChange={setKind} options={kindOptions} style={{ width: 220 }} aria-label={t('watch.add.kind')} />
        <Button
          type="primary"
          icon={<FolderAddOutlined />}
          loading={busy}
          disabled={!electron && typed.trim() === ''}
          onClick={() => void (electron ? choose() : add(typed.trim()))}
        >
          {electron ? t('watch.add.choose') : t('watch.add.button')}
        </Button>
      </Space.Compact>
      {error && (
        <div role="alert" data-testid="watch-add-error" style={{ color: 'var(--ant-color-error, #ff4d4f)', marginTop: 4, fontSize: 12 }}>
          {t('watch.addFailed')}: {error}
        </div>
      )}
    </div>
  );
}
