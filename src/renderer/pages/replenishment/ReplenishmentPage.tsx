import { ShoppingCartOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useMemo } from 'react';
import { ComingSoon } from '../../components/ComingSoon';
import { PageHeader } from '../../components/PageHeader';
import { useTable } from '../../hooks/useTable';
import { useT } from '../../i18n/hooks';

export function ReplenishmentPage() {
  const t = useT();
  const stock = useTable('stock');
  const suppliers = useTable('suppliers');

  // Real figures the plan will start from: stock on hand and open purchase order lines.
  const basis = useMemo(() => {
    if (stock?.status !== 'ready' || suppliers?.status !== 'ready' || !stock.rows || !suppliers.rows) return null;
    if (stock.rows.length === 0 && suppliers.rows.length === 0) return null;
    const onHand = stock.rows.reduce((sum, row) => sum + row.on_hand, 0);
    const openLines = suppliers.rows.reduce((sum, row) => sum + row.open_po_lines, 0);
    return { onHand, openLines };
  }, [stock, suppliers]);

  return (
    <div data-testid="page-replenishment">
      <PageHeader title={t('replenishment.title')} subtitle={t('replenishment.subtitle')} />
      <ComingSoon
        icon={<ShoppingCartOutlined />}
        title={t('replenishment.coming.title')}
        description={t('replenishment.coming.description')}
        points={[t('replenishment.coming.point1'), t('replenishment.coming.point2'), t('replenishment.coming.point3')]}
        footer={basis ? <Typography.Text type="secondary">{t('replenishment.basis', basis)}</Typography.Text> : undefined}
      />
    </div>
  );
}
