import { ExperimentOutlined, FolderOpenOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Divider, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/hooks';
import { useAppStore } from '../store/app-store';
import { defaultWorkspaceName } from './default-workspace-name';
import { SectionLabel, WorkspaceList } from './WorkspaceList';
import { useWorkspaceActions } from './useWorkspaceActions';

/**
 * The switcher's content. The name field comes pre-filled so a new empty workspace takes
 * two clicks: open the switcher, press Create.
 */
export function WorkspacePanel({ onDone }: { onDone(): void }) {
  const t = useT();
  const list = useAppStore((state) => state.workspaceList);
  const currentPath = useAppStore((state) => state.workspace?.path ?? null);
  const actions = useWorkspaceActions();
  // The list arrives after the panel opens, so the suggestion follows it until the user types.
  const [typedName, setTypedName] = useState<string | null>(null);
  const name = typedName ?? defaultWorkspaceName(t, list);

  const finish = (result: unknown) => {
    if (result) onDone();
  };

  return (
    <div style={{ width: 400 }} data-testid="workspace-panel">
      <SectionLabel text={t('workspace.switcher.create')} />
      <Space.Compact style={{ width: '100%', padding: '4px 8px 0' }}>
        <Input
          aria-label={t('workspace.switcher.namePlaceholder')}
          placeholder={t('workspace.switcher.namePlaceholder')}
          value={name}
          maxLength={120}
          onChange={(event) => setTypedName(event.target.value)}
          onPressEnter={() => name.trim() && void actions.create(name).then(finish)}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          loading={actions.busy}
          disabled={!name.trim()}
          onClick={() => void actions.create(name).then(finish)}
        >
          {t('workspace.switcher.createButton')}
        </Button>
      </Space.Compact>
      <div style={{ padding: '6px 8px 0' }}>
        <Button size="small" icon={<ExperimentOutlined />} disabled={actions.busy} onClick={() => void actions.createDemo().then(finish)}>
          {t('workspace.switcher.createDemo')}
        </Button>
      </div>

      <Divider style={{ margin: '10px 0 4px' }} />
      <WorkspaceList list={list} currentPath={currentPath} disabled={actions.busy} onOpen={(p) => void actions.open(p).then(finish)} />

      <Divider style={{ margin: '6px 0 8px' }} />
      <div style={{ padding: '0 8px 4px' }}>
        {actions.canBrowse ? (
          <Button icon={<FolderOpenOutlined />} disabled={actions.busy} onClick={() => void actions.browse().then(finish)}>
            {t('workspace.switcher.browse')}
          </Button>
        ) : (
          // Browser mode has no file dialog, and the back end only opens files in its folder.
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('workspace.switcher.copyHint')}{' '}
            {list && (
              <Typography.Text copyable style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {list.folder}
              </Typography.Text>
            )}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}
