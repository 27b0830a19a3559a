import { App, Button, Drawer, InputNumber, Select, Skeleton, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PlanningPolicy, PlanningSettings } from '../../../shared/contract/schemas/planning';
import { getApi } from '../../api/backend';
import { useT } from '../../i18n/hooks';
import { CategoryTargets } from './CategoryTargets';
import { percent, policyLabel } from './plan-labels';
import { useLoad } from '../../hooks/useLoad';
import { ServiceTargetInput } from './ServiceTargetInput';
import { useErrorNotice } from '../../hooks/useErrorNotice';

type ClassRow = PlanningSettings['classes'][number];
type Override = PlanningSettings['overrides'][number];

const categoryTargetsOf = (overrides: readonly Override[]) =>
  Object.fromEntries(overrides.filter((o) => o.scope === 'category').map((o) => [o.scopeKey, o.serviceLevel ?? null]));

interface Props {
  open: boolean;
  onClose(): void;
}

/** Service targets and policy per ABC×XYZ class, targets per category, and the budget new plans are cut to. */
export function SettingsDrawer({ open, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useErrorNotice();
  const settings = useLoad<PlanningSettings>(open ? 'settings' : null, () => getApi().planning.settings());
  const [classes, setClasses] = useState<ClassRow[]>([]);
  const [budget, setBudget] = useState<number | null>(null);
  const [categoryTargets, setCategoryTargets] = useState<Record<string, number | null>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!settings.value) return;
    setClasses(settings.value.classes);
    setBudget(settings.value.budget);
    setCategoryTargets(categoryTargetsOf(settings.value.overrides));
  }, [settings.value]);

  const change = (cls: string, patch: Partial<ClassRow>) => setClasses((rows) => rows.map((row) => (row.cls === cls ? { ...row, ...patch } : row)));
  const save = async () => {
    const before = new Map(settings.value?.classes.map((row) => [row.cls, row]));
    const overrides: Override[] = classes
      .filter((row) => {
        const old = before.get(row.cls);
        return !old || old.serviceLevel !== row.serviceLevel || old.policy !== row.policy || old.reviewDays !== row.reviewDays;
      })
      .map((row) => ({ scope: 'class' as const, scopeKey: row.cls, serviceLevel: row.serviceLevel, policy: row.policy, reviewDays: row.reviewDays }));
    // A category keeps any policy or review days it had; an emptied target follows the class again.
    const savedCategories = settings.value?.overrides.filter((o) => o.scope === 'category') ?? [];
    for (const [category, target] of Object.entries(categoryTargets)) {
      const old = savedCategories.find((o) => o.scopeKey === category);
      if ((old?.serviceLevel ?? null) === target) continue;
      overrides.push({ ...old, scope: 'category', scopeKey: category, serviceLevel: target });
    }
    setSaving(true);
    try {
      await getApi().planning.updateSettings({ overrides, budget });
      void message.success(t('plan.settings.saved'));
      onClose();
    } catch (error) {
      showError(t('plan.settings.failed'), error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('plan.settings')}
      size={560}
      extra={
        <Button type="primary" loading={saving} disabled={!settings.value} onClick={() => void save()}>
          {t('plan.settings.save')}
        </Button>
      }
    >
      {!settings.value ? (
        <Skeleton active />
      ) : (
        <div data-testid="plan-settings" style={{ display: 'grid', gap: 16 }}>
          <Typography.Text type="secondary">{t('plan.settings.hint')}</Typography.Text>
          <Table<ClassRow>
            size="small"
            pagination={false}
            rowKey="cls"
            dataSource={classes}
            columns={[
              { key: 'cls', title: t('plan.settings.class'), dataIndex: 'cls', width: 70, render: (cls: string) => <span title={t('plan.settings.classTip')}>{cls}</span> },
              {
                key: 'target',
                title: t('plan.settings.target'),
                render: (_, row) => (
                  <ServiceTargetInput
                    ariaLabel={t('plan.settings.targetFor', { cls: row.cls })}
                    value={row.serviceLevel}
                    onChange={(fraction) => fraction !== null && change(row.cls, { serviceLevel: fraction })}
                    width={96}
                  />
                ),
              },
              { key: 'default', title: t('plan.settings.default'), render: (_, row) => <Typography.Text type="secondary">{percent(row.defaultServiceLevel)}</Typography.Text> },
              {
                key: 'policy',
                title: t('plan.settings.policy'),
                render: (_, row) => (
                  <Select<PlanningPolicy>
                    size="small"
                    value={row.policy}
                    aria-label={t('plan.settings.policyFor', { cls: row.cls })}
                    onChange={(policy) => change(row.cls, { policy })}
                    style={{ width: 120 }}
                    options={(['order_up_to', 'reorder_point'] as const).map((value) => ({ value, label: policyLabel(t, value) }))}
                  />
                ),
              },
              {
                key: 'review',
                title: t('plan.settings.review'),
                render: (_, row) => (
                  <InputNumber<number>
                    size="small"
                    min={1}
                    max={90}
                    precision={0}
                    aria-label={t('plan.settings.reviewFor', { cls: row.cls })}
                    value={row.reviewDays}
                    onChange={(value) => value !== null && change(row.cls, { reviewDays: value })}
                    style={{ width: 70 }}
                  />
                ),
              },
            ]}
          />
          <CategoryTargets
            categories={settings.value.categories}
            targets={categoryTargets}
            onChange={(category, target) => setCategoryTargets((all) => ({ ...all, [category]: target }))}
          />
          <div>
            <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>{t('plan.settings.budget')}</Typography.Text>
            <InputNumber<number>
              min={0}
              precision={0}
              placeholder={t('plan.settings.noBudget')}
              aria-label={t('plan.settings.budget')}
              value={budget}
              onChange={setBudget}
              style={{ width: 200 }}
            />
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>{t('plan.settings.budgetHint')}</Typography.Text>
          </div>
        </div>
      )}
    </Drawer>
  );
}
