import { Button, Drawer, InputNumber, Select, Skeleton, Table, Typography } from 'antd';
import type { PlanningPolicy, PlanningSettings } from '../../../shared/contract/schemas/planning';
import { getApi } from '../../api/backend';
import { useT } from '../../i18n/hooks';
import { CategoryTargets } from './CategoryTargets';
import { percent, policyLabel } from './plan-labels';
import { useLoad } from '../../hooks/useLoad';
import { ServiceTargetInput } from './ServiceTargetInput';
import { useSettingsDraft } from '../../hooks/useSettingsDraft';

type ClassRow = PlanningSettings['classes'][number];
type Override = PlanningSettings['overrides'][number];

const categoryTargetsOf = (overrides: readonly Override[]) =>
  Object.fromEntries(overrides.filter((o) => o.scope === 'category').map((o) => [o.scopeKey, o.serviceLevel ?? null]));

interface Draft {
  classes: ClassRow[];
  budget: number | null;
  categoryTargets: Record<string, number | null>;
}
const toDraft = (saved: PlanningSettings): Draft => ({ classes: saved.classes, budget: saved.budget, categoryTargets: categoryTargetsOf(saved.overrides) });

/** Only what changed becomes an override: classes whose target, policy or review days moved, and categories whose target did. */
function changedOverrides({ classes, categoryTargets }: Draft, saved: PlanningSettings | null): Override[] {
  const before = new Map(saved?.classes.map((row) => [row.cls, row]));
  const overrides: Override[] = classes
    .filter((row) => {
      const old = before.get(row.cls);
      return !old || old.serviceLevel !== row.serviceLevel || old.policy !== row.policy || old.reviewDays !== row.reviewDays;
    })
    .map((row) => ({ scope: 'class' as const, scopeKey: row.cls, serviceLevel: row.serviceLevel, policy: row.policy, reviewDays: row.reviewDays }));
  // A category keeps any policy or review days it had; an emptied target follows the class again.
  const savedCategories = saved?.overrides.filter((o) => o.scope === 'category') ?? [];
  for (const [category, target] of Object.entries(categoryTargets)) {
    const old = savedCategories.find((o) => o.scopeKey === category);
    if ((old?.serviceLevel ?? null) === target) continue;
    overrides.push({ ...old, scope: 'category', scopeKey: category, serviceLevel: target });
  }
  return overrides;
}

interface Props {
  open: boolean;
  onClose(): void;
}

/** Service targets and policy per ABC×XYZ class, targets per category, and the budget new plans are cut to. */
export function SettingsDrawer({ open, onClose }: Props) {
  const t = useT();
  const settings = useLoad<PlanningSettings>(open ? 'settings' : null, () => getApi().planning.settings());
  const { draft, setDraft, saving, save } = useSettingsDraft({
    saved: settings.value,
    toDraft,
    write: async (next, saved) => {
      await getApi().planning.updateSettings({ overrides: changedOverrides(next, saved), budget: next.budget });
      onClose();
    },
    done: t('plan.settings.saved'),
    failed: t('plan.settings.failed'),
  });
  const classes = draft?.classes ?? [];
  const patch = (part: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...part } : d));
  const change = (cls: string, part: Partial<ClassRow>) =>
    setDraft((d) => (d ? { ...d, classes: d.classes.map((row) => (row.cls === cls ? { ...row, ...part } : row)) } : d));

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
            targets={draft?.categoryTargets ?? {}}
            onChange={(category, target) => setDraft((d) => (d ? { ...d, categoryTargets: { ...d.categoryTargets, [category]: target } } : d))}
          />
          <div>
            <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>{t('plan.settings.budget')}</Typography.Text>
            <InputNumber<number>
              min={0}
              precision={0}
              placeholder={t('plan.settings.noBudget')}
              aria-label={t('plan.settings.budget')}
              value={draft?.budget ?? null}
              onChange={(budget) => patch({ budget })}
              style={{ width: 200 }}
            />
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>{t('plan.settings.budgetHint')}</Typography.Text>
          </div>
        </div>
      )}
    </Drawer>
  );
}
