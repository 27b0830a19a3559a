import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Input, Popover } from 'antd';
import { useState } from 'react';
import { getApi } from '../../api/backend';
import { useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import { useAction } from '../../hooks/useAction';

/** Save As: a copy of the open workspace under a new name, which then becomes the open one. */
export function SaveAsButton({ currentName }: { currentName: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const { busy: saving, run } = useAction(t('backup.saveAs.failed'));
  const desktop = useAppStore((state) => state.appInfo?.mode === 'electron');

  /** The desktop app asks where with a native save dialog; browser mode saves by name into the workspaces folder. */
  const save = () =>
    run(async () => {
      let target: { path: string } | { name: string } = { name: name.trim() };
      if (desktop) {
        const picked = await getApi().workspace.pickFile({ purpose: 'create', suggestedName: name.trim() });
        if (!picked.path) return;
        target = { path: picked.path };
      }
      const copy = await getApi().backup.saveAs(target);
      void message.success(t('backup.saveAs.done', { name: copy.path }));
      setOpen(false);
    });

  const form = (
    <div style={{ display: 'grid', gap: 8, width: 280 }}>
      <Input
        aria-label={t('backup.saveAs.name')}
        placeholder={t('backup.saveAs.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onPressEnter={() => name.trim() && void save()}
      />
      <Button type="primary" loading={saving} disabled={!name.trim()} onClick={() => void save()}>
        {t('backup.saveAs.save')}
      </Button>
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setName(`${currentName} copy`);
      }}
      trigger="click"
      title={t('backup.saveAs')}
      content={form}
    >
      <Button icon={<CopyOutlined />}>{t('backup.saveAs')}</Button>
    </Popover>
  );
}
