import {
  AlertOutlined,
  CarOutlined,
  DashboardOutlined,
  GiftOutlined,
  LineChartOutlined,
  SettingOutlined,
  ShoppingCartOutlined,
  TableOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useT } from '../i18n/hooks';
import type { MessageKey } from '../i18n/translate';
import { navigate, type PageKey } from '../hooks/route';

const entries: { page: PageKey; label: MessageKey; icon: ReactNode }[] = [
  { page: 'dashboard', label: 'nav.dashboard', icon: <DashboardOutlined /> },
  { page: 'data', label: 'nav.data', icon: <TableOutlined /> },
  { page: 'forecasts', label: 'nav.forecasts', icon: <LineChartOutlined /> },
  { page: 'replenishment', label: 'nav.replenishment', icon: <ShoppingCartOutlined /> },
  { page: 'logistics', label: 'nav.logistics', icon: <CarOutlined /> },
  { page: 'suppliers', label: 'nav.suppliers', icon: <TeamOutlined /> },
  { page: 'alerts', label: 'nav.alerts', icon: <AlertOutlined /> },
  { page: 'recommend', label: 'nav.recommend', icon: <GiftOutlined /> },
  { page: 'settings', label: 'nav.settings', icon: <SettingOutlined /> },
];

export function NavMenu({ page }: { page: PageKey }) {
  const t = useT();
  const items = useMemo<MenuProps['items']>(
    () => entries.map((entry) => ({ key: entry.page, icon: entry.icon, label: t(entry.label) })),
    [t],
  );
  return (
    <nav aria-label={t('app.name')}>
      <Menu
        mode="inline"
        selectedKeys={[page]}
        items={items}
        onClick={({ key }) => navigate(key as PageKey)}
        style={{ borderInlineEnd: 'none', paddingTop: 8 }}
      />
    </nav>
  );
}
