import { CheckOutlined, DatabaseOutlined } from '@ant-design/icons';
import { Button, Tag, Typography, theme } from 'antd';
import type { WorkspaceList as WorkspaceListData } from '../../shared/contract/schemas/app';
import { useT } from '../i18n/hooks';

interface Entry {
  path: string;
  name: string;
  demo: boolean;
  exists: boolean;
}

/** Recent workspaces first, then other workspace files found in the workspaces folder. */
function entries(list: WorkspaceListData): { recent: Entry[]; inFolder: Entry[] } {
  const recent = list.recent.map((item) => ({ path: item.path, name: item.name, demo: item.kind === 'demo', exists: item.exists }));
  const seen = new Set(recent.map((item) => item.path));
  const inFolder = list.files
    .filter((file) => !seen.has(file.path))
    .map((file) => ({ path: file.path, name: file.name, demo: false, exists: true }));
  return { recent, inFolder };
}

interface Props {
  list: WorkspaceListData | null;
  currentPath: string | null;
  disabled: boolean;
  onOpen(path: string): void;
}

export function WorkspaceList({ list, currentPath, disabled, onOpen }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  if (!list) return null;
  const { recent, inFolder } = entries(list);
  if (recent.length + inFolder.length === 0) {
    return <Typography.Text type="secondary">{t('workspace.switcher.empty')}</Typography.Text>;
  }

  const row = (entry: Entry) => {
    const current = entry.path === currentPath;
    return (
      <Button
        key={entry.path}
        type="text"
        block
        disabled={disabled || !entry.exists || current}
        onClick={() => onOpen(entry.path)}
        title={entry.path}
        style={{ height: 'auto', padding: '4px 8px', justifyContent: 'flex-start', textAlign: 'left' }}
      >
        <DatabaseOutlined aria-hidden style={{ color: token.colorTextTertiary }} />
        <span style={{ minWidth: 0, flex: 1 }}>
          <span style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            <Typography.Text strong={current} ellipsis style={{ maxWidth: 220 }}>
              {entry.name}
            </Typography.Text>
            {entry.demo && <Tag color="gold" variant="filled" style={{ marginInlineEnd: 0 }}>{t('workspace.demoTag')}</Tag>}
            {!entry.exists && <Tag style={{ marginInlineEnd: 0 }}>{t('workspace.switcher.missing')}</Tag>}
            {current && <CheckOutlined style={{ color: token.colorPrimary }} aria-label={t('workspace.switcher.current')} />}
          </span>
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 11, display: 'block', maxWidth: 320 }}>
            {entry.path}
          </Typography.Text>
        </span>
      </Button>
    );
  };

  return (
    <div style={{ maxHeight: 260, overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: 2 }}>
      {recent.length > 0 && <SectionLabel text={t('workspace.switcher.recent')} />}
      {recent.map(row)}
      {inFolder.length > 0 && <SectionLabel text={t('workspace.switcher.inFolder')} />}
      {inFolder.map(row)}
    </div>
  );
}

export function SectionLabel({ text }: { text: string }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 11, textTransform: 'uppercase', letterSpacing: 0.4, padding: '6px 8px 2px' }}>
      {text}
    </Typography.Text>
  );
}
