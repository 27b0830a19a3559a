import { FolderAddOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ImportKindName } from '../../../../shared/contract/schemas/import';
import { importKindSchema } from '../../../../shared/contract/schemas/import';
import { getApi } from '../../../api/backend';
import { useLoad } from '../../../hooks/useLoad';
import { useT } from '../../../i18n/hooks';
import { useAppStore } from '../../../store/app-store';
import { useAction } from '../../../hooks/useAction';
import { errorLine } from '../../../hooks/useErrorNotice';
import { kindLabel } from '../import/import-labels';

interface Props {
  /** The watched folders' ids: the folders offered are reloaded when it changes. */
  watchedKey: string;
  onAdded(folderId: number): void;
}

type KindChoice = ImportKindName | 'detect';

/**
 * The desktop app asks for the folder in the system's dialog. The browser mode has none, and a
 * folder typed into the page is never watched: it offers the inbox SupplyDesk owns, the folders in
 * it and the folders the person confirmed on this computer (`--watch-folder`, watch-folders.txt).
 */
export function AddWatchedFolder({ watchedKey, onAdded }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const electron = useAppStore((s) => s.appInfo?.mode === 'electron');
  const [kind, setKind] = useState<KindChoice>('detect');
  // Which folder's button spins: in browser mode there is one button per folder offered.
  const [busyPath, setBusyPath] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { run } = useAction((reason) => setError(errorLine(t, reason)));
  const choices = useLoad(electron ? null : `watch:choices:${watchedKey}`, () => getApi().watch.choices());

  const add = async (folderPath: string) => {
    setBusyPath(folderPath);
    setError(null);
    await run(async () => {
      const folder = await getApi().watch.add({ path: folderPath, kind });
      void message.success(t('watch.added', { path: folder.path }));
      onAdded(folder.id);
    });
    setBusyPath(null);
  };

  const choose = async () => {
    const { path } = await getApi().watch.pickFolder();
    if (path) await add(path);
  };

  const kindOptions = [
    { value: 'detect', label: t('watch.kind.detect') },
    ...importKindSchema.options.map((k) => ({ value: k, label: kindLabel(t, k) })),
  ];
  const kindSelect = <Select<KindChoice> value={kind} onChange={setKind} options={kindOptions} style={{ width: 220 }} aria-label={t('watch.add.kind')} />;

  return (
    <div style={{ marginBottom: 12 }}>
      {electron ? (
        <Space.Compact style={{ width: '100%' }}>
          {kindSelect}
          <Button type="primary" icon={<FolderAddOutlined />} loading={busyPath !== null} onClick={() => void choose()}>
            {t('watch.add.choose')}
          </Button>
        </Space.Compact>
      ) : (
        <>
          <Typography.Paragraph style={{ fontSize: 12 }} data-testid="watch-add-help">
            {t('watch.add.browserHelp', { inbox: choices.value?.inbox ?? '', file: choices.value?.confirmationFile ?? '' })}
          </Typography.Paragraph>
          <Space style={{ marginBottom: 8 }}>
            {kindSelect}
            <Button icon={<ReloadOutlined />} onClick={choices.reload} loading={choices.status === 'loading'}>
              {t('watch.add.refresh')}
            </Button>
          </Space>
          <List
            size="small"
            bordered
            aria-label={t('watch.add.folders')}
            data-testid="watch-choices"
            dataSource={choices.value?.folders ?? []}
            renderItem={(choice) => (
              <List.Item
                data-testid="watch-choice"
                actions={[
                  <Button
                    key="watch"
                    size="small"
                    type="primary"
                    icon={<FolderAddOutlined />}
                    disabled={choice.watched}
                    loading={busyPath === choice.path}
                    aria-label={`${t('watch.add.button')}: ${choice.path}`}
                    onClick={() => void add(choice.path)}
                  >
                    {choice.watched ? t('watch.add.watched') : t('watch.add.button')}
                  </Button>,
                ]}
              >
                <Space>
                  <Tag color={choice.source === 'inbox' ? 'blue' : 'green'}>{t(`watch.add.source.${choice.source}`)}</Tag>
                  <Typography.Text copyable={{ text: choice.path }}>{choice.path}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </>
      )}
      {error && (
        <div role="alert" data-testid="watch-add-error" style={{ color: 'var(--ant-color-error, #ff4d4f)', marginTop: 4, fontSize: 12 }}>
          {t('watch.addFailed')}: {error}
        </div>
      )}
    </div>
  );
}
