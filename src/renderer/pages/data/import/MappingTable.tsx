import { Select, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { FileInspectionView, ImportKindFields } from '../../../../shared/contract/schemas/import';
import { useT } from '../../../i18n/hooks';
import { fieldLabel } from './import-labels';
import { assignField, confidenceLevel, type ColumnChoice } from './mapping-state';

interface Props {
  inspection: FileInspectionView;
  kind: ImportKindFields;
  choices: ColumnChoice[];
  onChange(choices: ColumnChoice[]): void;
}

const levelColor = { high: 'green', medium: 'gold', low: 'orange', manual: 'blue' } as const;
const SKIP = '__skip__';

/** File column → field, with sample values and how sure the proposal is; one dropdown per column. */
export function MappingTable({ inspection, kind, choices, onChange }: Props) {
  const t = useT();
  const options = useMemo(
    () => [
      { value: SKIP, label: t('import.map.skip') },
      ...kind.fields.map((f) => ({
        value: f.key,
        label: `${fieldLabel(t, kind.kind, f.key, f.label)}${f.required ? ` · ${t('import.map.required')}` : ''}`,
      })),
    ],
    [kind, t],
  );

  return (
    <Table<ColumnChoice>
      size="small"
      rowKey="index"
      pagination={false}
      dataSource={choices}
      scroll={{ y: 300 }}
      aria-label={t('import.step.columns')}
      columns={[
        {
          title: t('import.map.column'),
          dataIndex: 'header',
          width: '26%',
          render: (header: string, c) => <Typography.Text strong>{header || `#${c.index + 1}`}</Typography.Text>,
        },
        {
          title: t('import.map.samples'),
          width: '30%',
          render: (_, c) => (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
              {inspection.sample
                .slice(0, 3)
                .map((s) => s.cells[c.index])
                .filter((v) => v !== null && v !== undefined && v !== '')
                .join(' · ')}
            </Typography.Text>
          ),
        },
        {
          title: t('import.map.field'),
          width: '30%',
          render: (_, c) => (
            <Select
              size="small"
              style={{ width: '100%' }}
              value={c.field ?? SKIP}
              options={options}
              aria-label={c.header || `#${c.index + 1}`}
              onChange={(value: string) => onChange(assignField(choices, c.index, value === SKIP ? null : value))}
            />
          ),
        },
        {
          title: t('import.map.confidence'),
          width: '14%',
          render: (_, c) => {
            if (c.field === null) return null;
            const level = confidenceLevel(c);
            return <Tag color={levelColor[level]}>{t(`import.map.${level}`)}</Tag>;
          },
        },
      ]}
    />
  );
}
