import { Table, Typography } from 'antd';
import { useT } from '../../i18n/hooks';
import { ServiceTargetInput } from './ServiceTargetInput';

interface Props {
  categories: string[];
  /** The category's own target (0–1), or null to follow the classes. */
  targets: Readonly<Record<string, number | null>>;
  onChange(category: string, target: number | null): void;
}

/** A service target per category, over the class targets; empty follows the class. */
export function CategoryTargets({ categories, targets, onChange }: Props) {
  const t = useT();
  return (
    <div data-testid="category-targets">
      <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>{t('plan.settings.categories')}</Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 6 }}>{t('plan.settings.categoriesHint')}</Typography.Text>
      <Table<{ category: string }>
        size="small"
        pagination={false}
        rowKey="category"
        dataSource={categories.map((category) => ({ category }))}
        locale={{ emptyText: t('plan.settings.noCategories') }}
        columns={[
          { key: 'category', title: t('plan.settings.category'), dataIndex: 'category' },
          {
            key: 'target',
            title: t('plan.settings.target'),
            width: 140,
            render: (_, { category }) => {
              const target = targets[category] ?? null;
              return (
                <ServiceTargetInput
                  placeholder={t('plan.settings.byClass')}
                  ariaLabel={t('plan.settings.targetFor', { cls: category })}
                  value={target}
                  onChange={(fraction) => onChange(category, fraction)}
                  width={110}
                />
              );
            },
          },
        ]}
      />
    </div>
  );
}
