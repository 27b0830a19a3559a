import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Campaign, CampaignInput, LearntConversion } from '../../../shared/contract/schemas/recommend';
import { getApi } from '../../api/backend';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useFormat, useT } from '../../i18n/hooks';
import { CampaignForm } from './CampaignForm';

/** Campaigns: planned events whose expected units the forecast and the plan include. */
export function CampaignsTab({ defaultDate }: { defaultDate: string }) {
  const t = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const campaigns = useLoad<Campaign[]>('campaigns', () => getApi().recommend.campaigns());
  const learnt = useLoad<LearntConversion>('learnt', () => getApi().recommend.learntConversion());
  const [editing, setEditing] = useState<Campaign | null>(null);
  const [open, setOpen] = useState(false);
  const save = useAction(t('recommend.campaigns.saveFailed'));
  const remove = useAction(t('recommend.campaigns.saveFailed'));
  const onSave = (input: CampaignInput) =>
    void save.run(async () => {
      if (editing) await getApi().recommend.updateCampaign({ id: editing.id, campaign: input });
      else await getApi().recommend.addCampaign(input);
      setOpen(false);
      void message.success(t('recommend.campaigns.saved'));
      campaigns.reload();
      learnt.reload();
    });
  const onDelete = (id: number) =>
    void remove.run(async () => {
      await getApi().recommend.removeCampaign({ id });
      void message.success(t('recommend.campaigns.deleted'));
      campaigns.reload();
    });
  return (
    <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        style={{ marginBottom: 8 }}
        data-testid="campaign-add"
        onClick={() => {
          setEditing(null);
          setOpen(true);
        }}
      >
        {t('recommend.campaigns.add')}
      </Button>
      <Table
        size="small"
        rowKey="id"
        data-testid="campaigns-table"
        pagination={false}
        loading={campaigns.status === 'loading'}
        dataSource={campaigns.value ?? []}
        locale={{ emptyText: t('recommend.campaigns.none') }}
        columns={[
          { title: t('recommend.campaigns.name'), dataIndex: 'name' },
          { title: t('recommend.campaigns.sku'), dataIndex: 'sku' },
          { title: t('recommend.campaigns.start'), dataIndex: 'startDate', render: (d: string) => format.date(d) },
          { title: t('recommend.campaigns.window'), dataIndex: 'windowDays', align: 'right' },
          { title: t('recommend.campaigns.audience'), key: 'aud', render: (_, c) => `${t(`recommend.campaigns.audience.${c.audienceKind}`)} · ${format.integer(c.audienceSize)}` },
          {
            title: t('recommend.campaigns.conversion'), key: 'conv', align: 'right',
            render: (_, c) => (
              <>
                {format.number(Math.round(c.conversion * 1000) / 10)}% <Tag>{t(`recommend.campaigns.source.${c.conversionSource}`)}</Tag>
              </>
            ),
          },
          {
            title: t('recommend.campaigns.expected'), key: 'units', align: 'right',
            render: (_, c) => (
              <span data-testid="campaign-expected" title={t('recommend.campaigns.expectedLine', { buyers: format.number(c.expectedBuyers), perBuyer: format.number(c.unitsPerBuyer), units: format.number(c.expectedUnits) })}>
                {format.number(Math.round(c.expectedUnits * 10) / 10)}
              </span>
            ),
          },
          {
            title: '', key: 'actions',
            render: (_, c) => (
              <Space>
                <Button size="small" icon={<EditOutlined />} aria-label={t('recommend.campaigns.edit')} onClick={() => { setEditing(c); setOpen(true); }} />
                <Popconfirm title={t('recommend.campaigns.deleteConfirm')} onConfirm={() => onDelete(c.id)}>
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('recommend.campaigns.delete')} data-testid="campaign-delete" />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <CampaignForm open={open} editing={editing} learnt={learnt.value} defaultDate={defaultDate} busy={save.busy} onCancel={() => setOpen(false)} onSave={onSave} />
    </div>
  );
}
