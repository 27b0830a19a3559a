import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Input, InputNumber, List, Segmented, Typography } from 'antd';
import { useState } from 'react';
import type { PlannedPromotion, PlannedPromotionInput } from '../../../shared/contract/schemas/events';
import { useAction } from '../../hooks/useAction';
import { errorLine } from '../../hooks/useErrorNotice';
import { useFormat, useT } from '../../i18n/hooks';

type PriceKind = 'none' | 'price' | 'discount';

interface Props {
  productId: number;
  /** The series' location; null (all locations) for a run over all locations together. */
  locationId: number | null;
  plans: readonly PlannedPromotion[];
  onAdd(input: PlannedPromotionInput): Promise<void>;
  onRemove(id: number): Promise<void>;
}

/** A SKU's planned promotions, each removable, and the form to plan one: dates, promotion flag, price or discount. */
export function PlannedPromotions({ productId, locationId, plans, onAdd, onRemove }: Props) {
  const t = useT();
  const format = useFormat();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [promo, setPromo] = useState(true);
  const [kind, setKind] = useState<PriceKind>('discount');
  const [value, setValue] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useAction((error) => setProblem(errorLine(t, error)));

  const describe = (plan: PlannedPromotion) =>
    [
      plan.promo ? t('forecasts.promo.flagText') : null,
      plan.price !== null ? t('forecasts.promo.priceText', { price: format.number(plan.price) }) : null,
      plan.discountPct !== null ? t('forecasts.promo.discountText', { percent: `${format.number(plan.discountPct)}%` }) : null,
      plan.locationId === null ? t('forecasts.promo.allLocations') : null,
    ]
      .filter(Boolean)
      .join(' · ');

  const submit = async () => {
    if (!from || !to) return setProblem(t('forecasts.promo.needDates'));
    if (kind !== 'none' && value === null) return setProblem(t('forecasts.promo.needValue'));
    if (kind === 'none' && !promo) return setProblem(t('forecasts.promo.needSomething'));
    setProblem(null);
    await run(async () => {
      await onAdd({
        productId,
        locationId,
        from,
        to,
        promo,
        ...(kind === 'price' ? { price: value } : {}),
        ...(kind === 'discount' ? { discountPct: value } : {}),
      });
      setValue(null);
    });
  };

  return (
    <div data-testid="planned-promotions" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {plans.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('forecasts.promo.none')}
        </Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={[...plans]}
          rowKey="id"
          renderItem={(plan) => (
            <List.Item
              data-testid="planned-promotion"
              actions={[
                <Button key="remove" size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('forecasts.promo.remove')} onClick={() => void run(() => onRemove(plan.id))} />,
              ]}
            >
              <Typography.Text style={{ fontSize: 12 }}>
                {t('common.dateRange', { from: format.date(plan.from), to: format.date(plan.to) })} — {describe(plan)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
      <Typography.Text style={{ fontSize: 12, fontWeight: 600 }}>{t('forecasts.promo.plan')}</Typography.Text>
      <div data-testid="promotion-form" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
        <Input size="small" type="date" aria-label={t('forecasts.promo.from')} prefix={<Typography.Text type="secondary">{t('forecasts.promo.from')}</Typography.Text>} value={from} onChange={(e) => setFrom(e.target.value)} />
        <Input size="small" type="date" aria-label={t('forecasts.promo.to')} prefix={<Typography.Text type="secondary">{t('forecasts.promo.to')}</Typography.Text>} value={to} onChange={(e) => setTo(e.target.value)} />
        <Segmented<PriceKind>
          size="small"
          block
          aria-label={t('forecasts.promo.kind')}
          value={kind}
          onChange={(next) => {
            setKind(next);
            setValue(null);
          }}
          options={[
            { value: 'none', label: t('forecasts.promo.kind.none') },
            { value: 'price', label: t('forecasts.promo.kind.price') },
            { value: 'discount', label: t('forecasts.promo.kind.discount') },
          ]}
        />
        <InputNumber<number>
          size="small"
          style={{ width: '100%' }}
          aria-label={kind === 'price' ? t('forecasts.promo.price') : t('forecasts.promo.discount')}
          placeholder={kind === 'price' ? t('forecasts.promo.price') : t('forecasts.promo.discount')}
          disabled={kind === 'none'}
          value={value}
          onChange={setValue}
          min={kind === 'discount' ? 1 : 0.01}
          max={kind === 'discount' ? 99 : undefined}
          suffix={kind === 'discount' ? '%' : undefined}
        />
        <Checkbox checked={promo} onChange={(e) => setPromo(e.target.checked)}>
          {t('forecasts.promo.flag')}
        </Checkbox>
        <Button size="small" type="primary" icon={<PlusOutlined />} loading={busy} onClick={() => void submit()}>
          {t('forecasts.promo.add')}
        </Button>
        {problem && <Alert style={{ gridColumn: '1 / -1' }} type="error" showIcon title={problem} />}
      </div>
    </div>
  );
}
