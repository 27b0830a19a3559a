import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { DataPage } from '../pages/data/DataPage';
import { ForecastsPage } from '../pages/forecasts/ForecastsPage';
import { ReplenishmentPage } from '../pages/replenishment/ReplenishmentPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { SuppliersPage } from '../pages/suppliers/SuppliersPage';
import { useAppStore } from '../store/app-store';
import { NoWorkspace } from './NoWorkspace';
import { StartupError } from './StartupError';
import type { Route } from './route';

/** Pages that manage their own height (a grid fills the rest of the window) do not scroll as a whole. */
function Frame({ fill, children }: { fill?: boolean; children: ReactNode }) {
  return (
    <div style={{ flex: 1, minHeight: 0, overflow: fill ? 'hidden' : 'auto', padding: 16, display: 'flex', flexDirection: 'column' }}>
      {children}
    </div>
  );
}

export function PageOutlet({ route }: { route: Route }) {
  const status = useAppStore((state) => state.workspaceStatus);
  const hasWorkspace = useAppStore((state) => state.workspace !== null);
  const startupError = useAppStore((state) => state.startupError);

  if (route.page === 'settings') return <Frame><SettingsPage /></Frame>;
  if (status === 'loading') {
    return (
      <Frame>
        <Spin size="large" style={{ margin: 'auto' }} />
      </Frame>
    );
  }
  if (!hasWorkspace) return <Frame>{startupError ? <StartupError error={startupError} /> : <NoWorkspace />}</Frame>;

  switch (route.page) {
    case 'dashboard':
      return <Frame><DashboardPage /></Frame>;
    case 'data':
      return <Frame fill><DataPage tab={route.sub} /></Frame>;
    case 'forecasts':
      return <Frame fill><ForecastsPage /></Frame>;
    case 'replenishment':
      return <Frame><ReplenishmentPage /></Frame>;
    case 'suppliers':
      return <Frame><SuppliersPage /></Frame>;
  }
}
