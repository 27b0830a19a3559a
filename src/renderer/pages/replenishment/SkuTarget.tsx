import { App, Button, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PlanningSettings } from '../../../shared/contract/schemas/planning';
import { getApi } from '../../api/backend';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/hooks';
import { percent } from './plan-labels';
import { ServiceTargetInput } from './ServiceTargetInput';
import { useAction } from '../../hooks/useAction';

interface Props {
  productId: number;
  sku: string;
  /** The target this line was planned with (its class's, category's or own). */
  planned: number;
}

/** This SKU's own service target, over its category and class; used from the next plan on. */
export function SkuTarget({ productId, sku, planned }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const scopeKey = String(productId);
  const settings = useLoad<PlanningSettings>(`sku-target:${productId}`, () => getApi().planning.settings());
  const saved = settings.value?.overrides.find((o) => o.scope === 'sku' && o.scopeKey === scopeKey) ?? null;
  const [value, setValue] = useState<number | null>(null);
  const { busy: saving, run } = useAction(t('plan.settings.failed'));
  useEffect(() => setValue(saved?.serviceLevel ?? null), [saved?.serviceLevel]);

  const save = (target: number | null) =>
    run(async () => {
      // Keeps any policy or review days set for this SKU; an empty target follows the category or class again.
      const next = await getApi().planning.updateSettings({ overrides: [{ ...saved, scope: 'sku', scopeKey, serviceLevel: target }] });
      settings.set(next);
      void message.success(t(target === null ? 'plan.skuTarget.cleared' : 'plan.skuTarget.saved', { sku }));
    });

  const changed = (value ?? null) !== (saved?.serviceLevel ?? null);
  return (
    <div data-testid="sku-target" style={{ display: 'grid', gap: 4 }}>
      <div style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <ServiceTargetInput
          disabled={!settings.value}
          placeholder={percent(planned)}
          ariaLabel={t('plan.skuTarget.label', { sku })}
          value={value}
          onChange={setValue}
          width={100}
        />
        <Button size="small" type="primary" disabled={!changed} loading={saving} onClick={() => void save(value)}>
          {t('plan.skuTarget.save')}
        </Button>
        {saved?.serviceLevel != null && (
          <Button size="small" disabled={saving} onClick={() => void save(null)}>
            {t('plan.skuTarget.clear')}
          </Button>
        )}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {saved?.serviceLevel != null ? t('plan.skuTarget.own') : t('plan.skuTarget.inherited', { target: percent(planned) })}
      </Typography.Text>
    </div>
  );
}
