import { Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import type { Campaign, CampaignInput, LearntConversion } from '../../../shared/contract/schemas/recommend';
import { useFormat, useT } from '../../i18n/hooks';

interface Values {
  name: string;
  sku: string;
  startDate: string;
  windowDays: number;
  audienceKind: CampaignInput['audienceKind'];
  customers?: string;
  audienceSize?: number;
  conversionPct?: number | null;
  unitsPerBuyer?: number | null;
}

/** Add or edit a campaign: SKU, audience, date, expected conversion (or the learnt one). */
export function CampaignForm(props: {
  open: boolean;
  editing: Campaign | null;
  learnt: LearntConversion | null;
  defaultDate: string;
  busy: boolean;
  onCancel(): void;
  onSave(input: CampaignInput): void;
}) {
  const t = useT();
  const format = useFormat();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('audienceKind', form);
  useEffect(() => {
    if (!props.open) return;
    const c = props.editing;
    form.setFieldsValue(
      c
        ? {
            name: c.name, sku: c.sku, startDate: c.startDate, windowDays: c.windowDays, audienceKind: c.audienceKind === 'list' ? 'size' : c.audienceKind,
            audienceSize: c.audienceSize, conversionPct: c.conversionSource === 'entered' ? Math.round(c.conversion * 10000) / 100 : null, unitsPerBuyer: c.unitsPerBuyer,
          }
        : { name: '', sku: '', startDate: props.defaultDate, windowDays: 14, audienceKind: 'recommended', conversionPct: null, unitsPerBuyer: null },
    );
  }, [props.open, props.editing, props.defaultDate, form]);
  const submit = (v: Values) => {
    const customers = (v.customers ?? '').split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
    props.onSave({
      name: v.name,
      sku: v.sku,
      startDate: v.startDate,
      windowDays: v.windowDays,
      audienceKind: v.audienceKind,
      ...(v.audienceKind === 'list' ? { customers } : {}),
      ...(v.audienceSize ? { audienceSize: v.audienceSize } : {}),
      ...(v.conversionPct !== null && v.conversionPct !== undefined ? { conversion: v.conversionPct / 100 } : {}),
      ...(v.unitsPerBuyer ? { unitsPerBuyer: v.unitsPerBuyer } : {}),
    });
  };
  const learntHint = props.learnt?.conversion != null
    ? t('recommend.campaigns.conversionLearnt', { rate: `${format.number(Math.round(props.learnt.conversion * 1000) / 10)}%`, count: props.learnt.campaigns })
    : t('recommend.campaigns.conversionNoHistory');
  const required = [{ required: true, message: t('recommend.campaigns.required') }];
  return (
    <Modal
      open={props.open}
      title={props.editing ? t('recommend.campaigns.edit') : t('recommend.campaigns.add')}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      confirmLoading={props.busy}
      okButtonProps={{ 'data-testid': 'campaign-save' } as Record<string, string>}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="campaign-form">
        <Form.Item name="name" label={t('recommend.campaigns.name')} rules={required}>
          <Input data-testid="campaign-name" />
        </Form.Item>
        <Form.Item name="sku" label={t('recommend.campaigns.sku')} rules={required}>
          <Input data-testid="campaign-sku" />
        </Form.Item>
        <Form.Item name="startDate" label={t('recommend.campaigns.start')} rules={required}>
          <Input type="date" data-testid="campaign-start" />
        </Form.Item>
        <Form.Item name="windowDays" label={t('recommend.campaigns.window')} rules={required}>
          <InputNumber<number> min={1} max={90} data-testid="campaign-window" />
        </Form.Item>
        <Form.Item name="audienceKind" label={t('recommend.campaigns.audience')}>
          <Radio.Group data-testid="campaign-audience">
            <Radio value="recommended">{t('recommend.campaigns.audience.recommended')}</Radio>
            <Radio value="list">{t('recommend.campaigns.audience.list')}</Radio>
            <Radio value="size">{t('recommend.campaigns.audience.size')}</Radio>
          </Radio.Group>
        </Form.Item>
        {kind === 'list' && (
          <Form.Item name="customers" label={t('recommend.campaigns.customers')} rules={required}>
            <Input.TextArea rows={3} data-testid="campaign-customers" />
          </Form.Item>
        )}
        {kind === 'size' && (
          <Form.Item name="audienceSize" label={t('recommend.campaigns.size')} rules={required}>
            <InputNumber<number> min={1} data-testid="campaign-size" />
          </Form.Item>
        )}
        <Form.Item name="conversionPct" label={t('recommend.campaigns.conversion')} extra={learntHint}>
          <InputNumber<number> min={0} max={100} step={0.5} data-testid="campaign-conversion" />
        </Form.Item>
        <Form.Item name="unitsPerBuyer" label={t('recommend.campaigns.unitsPerBuyer')} extra={t('recommend.campaigns.unitsPerBuyerHelp')}>
          <InputNumber<number> min={0.01} step={0.5} data-testid="campaign-units" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
