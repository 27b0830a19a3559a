import { SearchOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Input, Tooltip, Typography } from 'antd';
import { useT } from '../../i18n/hooks';

interface Props {
  search: string;
  onSearch(text: string): void;
  total: number;
  /** Rows left after search and filters; null before the grid has counted. */
  shown: number | null;
  onResetColumns(): void;
}

export function TableToolbar({ search, onSearch, total, shown, onResetColumns }: Props) {
  const t = useT();
  const filtered = shown !== null && shown !== total;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 8 }}>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('data.search')}
        aria-label={t('data.search')}
        value={search}
        onChange={(event) => onSearch(event.target.value)}
        style={{ width: 280 }}
      />
      <Typography.Text type="secondary" className="tabular" data-testid="row-count">
        {filtered ? t('data.rowsFiltered', { shown, count: total }) : t('data.rows', { count: total })}
      </Typography.Text>
      <div style={{ flex: 1 }} />
      <Tooltip title={t('data.resetColumns')}>
        <Button size="small" type="text" icon={<UndoOutlined />} onClick={onResetColumns}>
          {t('data.resetColumns')}
        </Button>
      </Tooltip>
    </div>
  );
}
