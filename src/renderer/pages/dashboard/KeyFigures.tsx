import type { WorkspaceInfo } from '../../../shared/contract/schemas/app';
import { KeyFigure } from '../../components/KeyFigure';
import { useFormat, useT } from '../../i18n/hooks';

/** The workspace's real counts from `workspace:info`. */
export function KeyFigures({ info, loading }: { info: WorkspaceInfo | null; loading: boolean }) {
  const t = useT();
  const format = useFormat();
  const sales = info?.sales;
  const period =
    sales?.from && sales.to
      ? t('common.dateRange', { from: format.date(sales.from), to: format.date(sales.to) })
      : t('dashboard.noSales');

  return (
    <div data-testid="key-figures" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: 12 }}>
      <KeyFigure loading={loading} label={t('dashboard.skus')} value={format.integer(info?.products)} />
      <KeyFigure loading={loading} label={t('dashboard.suppliers')} value={format.integer(info?.suppliers)} />
      <KeyFigure loading={loading} label={t('dashboard.skusSold')} value={format.integer(sales?.skus)} />
      <KeyFigure loading={loading} label={t('dashboard.salesUnits')} value={format.integer(sales?.units)} hint={period} />
      <KeyFigure loading={loading} label={t('dashboard.salesRevenue')} value={format.moneyWhole(sales?.revenue)} hint={period} />
    </div>
  );
}
