import { TeamOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { ComingSoon } from '../../components/ComingSoon';
import { PageHeader } from '../../components/PageHeader';
import { useTable } from '../../hooks/useTable';
import { useT } from '../../i18n/hooks';
import { navigate } from '../../shell/route';

export function SuppliersPage() {
  const t = useT();
  // The supplier table is small and already carries each supplier's open PO lines.
  const suppliers = useTable('suppliers');
  const rows = suppliers?.status === 'ready' ? (suppliers.rows ?? []) : null;
  const openLines = rows?.reduce((sum, row) => sum + row.open_po_lines, 0) ?? 0;

  return (
    <div data-testid="page-suppliers">
      <PageHeader title={t('suppliers.title')} subtitle={t('suppliers.subtitle')} />
      <ComingSoon
        icon={<TeamOutlined />}
        title={t('suppliers.coming.title')}
        description={t('suppliers.coming.description')}
        points={[t('suppliers.coming.point1'), t('suppliers.coming.point2'), t('suppliers.coming.point3')]}
        footer={
          rows && rows.length > 0 ? (
            <Space size={12} wrap>
              <Typography.Text type="secondary">{t('suppliers.basis', { suppliers: rows.length, lines: openLines })}</Typography.Text>
              <Button size="small" onClick={() => navigate('data', 'suppliers')}>
                {t('suppliers.seeData')}
              </Button>
            </Space>
          ) : undefined
        }
      />
    </div>
  );
}
