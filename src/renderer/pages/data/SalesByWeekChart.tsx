import { Card } from 'antd';
import { WeeklyUnitsChart } from '../../charts/WeeklyUnitsChart';
import { useTable } from '../../hooks/useTable';
import { useT } from '../../i18n/hooks';

/** Weekly units above the weekly table, so the shape of the year is seen before the numbers. */
export function SalesByWeekChart() {
  const t = useT();
  const weeks = useTable('salesByWeek');
  if (!weeks?.rows || weeks.rows.length === 0) return null;
  return (
    <Card size="small" title={t('dashboard.weeklyUnits')} style={{ marginBottom: 8 }} styles={{ body: { padding: '4px 8px' } }}>
      <WeeklyUnitsChart rows={weeks.rows} height={150} />
    </Card>
  );
}
