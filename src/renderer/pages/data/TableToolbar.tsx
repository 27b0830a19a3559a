import { UndoOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { GridSearchBar } from '../../grid/GridSearchBar';
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
  return (
    <GridSearchBar search={search} onSearch={onSearch} placeholder={t('data.search')} total={total} shown={shown} countTestId="row-count">
      <Tooltip title={t('data.resetColumns')}>
        <Button size="small" type="text" icon={<UndoOutlined />} onClick={onResetColumns}>
          {t('data.resetColumns')}
        </Button>
      </Tooltip>
    </GridSearchBar>
  );
}
