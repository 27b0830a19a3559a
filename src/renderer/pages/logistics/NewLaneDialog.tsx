import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { freightModes, type LaneInput, type LaneRow } from '../../../shared/contract/schemas/logistics';
import { getApi } from '../../api/backend';
import { useAction } from '../../hooks/useAction';
import { errorLine } from '../../hooks/useErrorNotice';
import { useT } from '../../i18n/hooks';
import { modeLabel } from './logistics-text';

type Draft = Omit<LaneInput, 'id'>;

/** A new lane typed by hand: checked by the back end like a row of the lanes import. */
export function NewLaneDialog({ onSaved, onClose }: { onSaved(row: LaneRow): void; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<Draft>();
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useAction((error) => setProblem(errorLine(t, error)));
  const save = () =>
    run(async () => {
      const values = await form.validateFields();
      const clean = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Draft;
      onSaved(await getApi().logistics.saveLane(clean));
    });
  const money = (name: keyof Draft, label: Parameters<typeof t>[0]) => (
    <Form.Item name={name} label={t(label)} style={{ marginBottom: 8 }}>
      <InputNumber min={0} style={{ width: '100%' }} data-testid={`lane-${name}`} />
    </Form.Item>
  );
  return (
    <Modal open title={t('logistics.lanes.newTitle')} onOk={() => void save()} onCancel={onClose} okButtonProps={{ loading: busy, 'data-testid': 'lane-save' }} destroyOnHidden width={560}>
      <Form form={form} layout="vertical" initialValues={{ originKind: 'supplier', mode: 'sea', transitDays: 30 }} data-testid="new-lane-form">
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 12 }}>
          <Form.Item name="originKind" label={t('logistics.col.originKind')} style={{ marginBottom: 8 }}>
            <Select options={(['supplier', 'warehouse'] as const).map((k) => ({ value: k, label: t(`logistics.originKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="origin" label={t('logistics.col.origin')} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
            <Input data-testid="lane-origin" />
          </Form.Item>
          <Form.Item name="destination" label={t('logistics.col.destination')} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
            <Input data-testid="lane-destination" />
          </Form.Item>
          <Form.Item name="mode" label={t('logistics.col.mode')} style={{ marginBottom: 8 }}>
            <Select options={freightModes.map((m) => ({ value: m, label: modeLabel(t, m) }))} />
          </Form.Item>
          <Form.Item name="transitDays" label={t('logistics.col.transitDays')} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
            <InputNumber min={0} max={365} style={{ width: '100%' }} data-testid="lane-transitDays" />
          </Form.Item>
          <Form.Item name="transitSdDays" label={t('logistics.col.transitSd')} style={{ marginBottom: 8 }}>
            <InputNumber min={0} max={180} style={{ width: '100%' }} />
          </Form.Item>
          {money('costPerUnit', 'logistics.col.costPerUnit')}
          {money('costPerKg', 'logistics.col.costPerKg')}
          {money('costPerM3', 'logistics.col.costPerM3')}
          {money('costPer20ft', 'logistics.col.costPer20ft')}
          {money('costPer40ft', 'logistics.col.costPer40ft')}
          {money('fixedCost', 'logistics.col.fixedCost')}
        </div>
        {problem && <Alert type="error" showIcon title={problem} />}
      </Form>
    </Modal>
  );
}
