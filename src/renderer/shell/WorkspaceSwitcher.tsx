import { DownOutlined, ExperimentOutlined, FolderOutlined } from '@ant-design/icons';
import { Button, Popover, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useFormat, useT } from '../i18n/hooks';
import { useAppStore } from '../store/app-store';
import { WorkspacePanel } from './WorkspacePanel';

/** The workspace name in the header (with a clear Demo tag) that opens the workspace panel. */
export function WorkspaceSwitcher() {
  const t = useT();
  const format = useFormat();
  const workspace = useAppStore((state) => state.workspace);
  const loadWorkspaceList = useAppStore((state) => state.loadWorkspaceList);
  const [open, setOpen] = useState(false);

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) void loadWorkspaceList().catch(() => undefined);
  };

  const asOf = workspace?.asOf ? format.date(workspace.asOf) : null;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
      <Popover
        open={open}
        onOpenChange={onOpenChange}
        trigger="click"
        placement="bottomLeft"
        arrow={false}
        content={<WorkspacePanel onDone={() => setOpen(false)} />}
        destroyOnHidden
      >
        <Button type="text" data-testid="workspace-switcher" aria-label={t('workspace.label')} style={{ paddingInline: 8 }}>
          <FolderOutlined />
          <Typography.Text strong ellipsis style={{ maxWidth: 320 }} data-testid="workspace-name">
            {workspace ? workspace.name : t('workspace.none')}
          </Typography.Text>
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Popover>
      {workspace?.kind === 'demo' && (
        <Tooltip title={asOf ? t('workspace.demoAsOfHint', { date: asOf }) : undefined}>
          <Tag
            color="gold"
            variant="filled"
            icon={<ExperimentOutlined />}
            data-testid="demo-tag"
            style={{ marginInlineEnd: 0, fontSize: 12, lineHeight: '22px', paddingInline: 8 }}
          >
            {asOf ? t('workspace.demoAsOf', { date: asOf }) : t('workspace.demoTag')}
          </Tag>
        </Tooltip>
      )}
    </div>
  );
}
