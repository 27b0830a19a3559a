import { DeleteOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, List, Popconfirm, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import type { WatchFolder } from '../../../../shared/contract/schemas/watch';
import { useFormat, useT } from '../../../i18n/hooks';

const stateColor: Record<WatchFolder['state'], string> = { watching: 'green', paused: 'default', unavailable: 'red' };

interface Props {
  folders: WatchFolder[];
  selected: number | null;
  scanning: boolean;
  onSelect(folderId: number): void;
  onEnable(folderId: number, enabled: boolean): void;
  onScan(folderId: number): void;
  onRemove(folderId: number): void;
}

/** Each watched folder with its state, last scan and last file imported; click one to see its files. */
export function WatchedFolderList({ folders, selected, scanning, onSelect, onEnable, onScan, onRemove }: Props) {
  const t = useT();
  const format = useFormat();
  return (
    <List<WatchFolder>
      size="small"
      bordered
      dataSource={folders}
      locale={{ emptyText: t('watch.empty') }}
      style={{ marginBottom: 12 }}
      renderItem={(folder) => (
        <List.Item
          data-testid="watch-folder"
          onClick={() => onSelect(folder.id)}
          style={{ cursor: 'pointer', background: folder.id === selected ? 'var(--ant-control-item-bg-active, rgba(22,119,255,0.06))' : undefined }}
          actions={[
            <Tooltip key="enabled" title={t('watch.enabled')}>
              <Switch size="small" checked={folder.enabled} aria-label={t('watch.enabled')} onClick={(checked, event) => (event.stopPropagation(), onEnable(folder.id, checked))} />
            </Tooltip>,
            <Button key="scan" size="small" icon={<SyncOutlined spin={scanning} />} disabled={!folder.enabled} onClick={(event) => (event.stopPropagation(), onScan(folder.id))}>
              {t('watch.scanNow')}
            </Button>,
            <Popconfirm key="remove" title={t('watch.removeConfirm')} onConfirm={() => onRemove(folder.id)} okButtonProps={{ danger: true }}>
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('watch.remove')} onClick={(event) => event.stopPropagation()} />
            </Popconfirm>,
          ]}
        >
          <List.Item.Meta
            title={
              <Space size={8}>
                <Tag color={stateColor[folder.state]} data-testid="watch-folder-state">
                  {t(`watch.state.${folder.state}`)}
                </Tag>
                <Typography.Text code ellipsis style={{ maxWidth: 420 }}>
                  {folder.path}
                </Typography.Text>
              </Space>
            }
            description={
              <Space size={16} wrap style={{ fontSize: 12 }}>
                {folder.problem && <Typography.Text type="danger">{folder.problem}</Typography.Text>}
                <span>{folder.lastScanAt ? t('watch.lastScan', { time: format.dateTime(folder.lastScanAt) }) : t('watch.neverScanned')}</span>
                <span data-testid="watch-last-imported">
                  {folder.lastImported
                    ? t('watch.lastImported', { file: folder.lastImported.name, time: format.dateTime(folder.lastImported.settledAt) })
                    : t('watch.noneImported')}
                </span>
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}
