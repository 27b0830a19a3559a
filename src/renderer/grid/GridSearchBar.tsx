import { SearchOutlined } from '@ant-design/icons';
import { Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/hooks';

interface Props {
  search: string;
  onSearch(text: string): void;
  placeholder: string;
  /** Rows in the grid, and those left after search and filters (null before the grid has counted). */
  total: number;
  shown: number | null;
  /** Names the row count for tests. */
  countTestId: string;
  /** A quiet line of advice beside the count. */
  hint?: string;
  size?: 'small' | 'middle';
  /** Actions at the end of the bar. */
  children?: ReactNode;
}

/** Quick search, "12 of 340 rows", a hint and the grid's own actions: the bar above every grid. */
export function GridSearchBar({ search, onSearch, placeholder, total, shown, countTestId, hint, size, children }: Props) {
  const t = useT();
  const filtered = shown !== null && shown !== total;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 8 }}>
      <Input
        allowClear
        size={size}
        prefix={<SearchOutlined />}
        placeholder={placeholder}
        aria-label={placeholder}
        value={search}
        onChange={(event) => onSearch(event.target.value)}
        style={{ width: 240 }}
      />
      <Typography.Text type="secondary" className="tabular" data-testid={countTestId} style={{ whiteSpace: 'nowrap' }}>
        {filtered ? t('data.rowsFiltered', { shown, count: total }) : t('data.rows', { count: total })}
      </Typography.Text>
      <Typography.Text type="secondary" ellipsis style={{ flex: 1, minWidth: 0, fontSize: 12 }}>
        {hint}
      </Typography.Text>
      {children}
    </div>
  );
}
