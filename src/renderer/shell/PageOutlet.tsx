import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { DataPage } from '../pages/data/DataPage';
import { useAppStore } from '../store/app-store';
import { NoWorkspace } from './NoWorkspace';
import { StartupError } from './StartupError';
import type { Route } from '../hooks/route';

// The Data page (the usual first page, and the heaviest to show) is in the main bundle; the
// others, and the chart library most of them use, load when first opened.
const DashboardPage = lazy(() => import('../pages/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const ForecastsPage = lazy(() => import('../pages/forecasts/ForecastsPage').then((m) => ({ default: m.ForecastsPage })));
const ReplenishmentPage = lazy(() =>
  import('../pages/replenishment/ReplenishmentPage').then((m) => ({ default: m.ReplenishmentPage })),
);
const SettingsPage = lazy(() => import('../pages/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const SuppliersPage = lazy(() => import('../pages/suppliers/SuppliersPage').then((m) => ({ default: m.SuppliersPage })));
const RecommendPage = lazy(() => import('../pages/recommend/RecommendPage').then((m) => ({ default: m.RecommendPage })));
const LogisticsPage = lazy(() => import('../pages/logistics/LogisticsPage').then((m) => ({ default: m.LogisticsPage })));
const AlertsPage = lazy(() => import('../pages/alerts/AlertsPage').then((m) => ({ default: m.AlertsPage })));

function Loading() {
  return <Spin size="large" style={{ margin: 'auto' }} />;
}

/** Pages that manage their own height (a grid fills the rest of the window) do not scroll as a whole. */
function Frame({ fill, children }: { fill?: boolean; children: ReactNode }) {
  return (
    <div style={{ flex: 1, minHeight: 0, overflow: fill ? 'hidden' : 'auto', padding: 16, display: 'flex', flexDirection: 'column' }}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
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
        <Loading />
      </Frame>
    );
  }
  if (!hasWorkspace) return <Frame>{startupError ? <StartupError error={startupError} /> : <NoWorkspace />}</Frame>;

  switch (route.page) {
    case 'dashboard':
      return <Frame><DashboardPage /></Frame>;
    case 'data':
      return <Frame fill><DataPage tab={route.sub} item={route.item} /></Frame>;
    case 'forecasts':
      return <Frame fill><ForecastsPage sub={route.sub} /></Frame>;
    case 'replenishment':
      return <Frame><ReplenishmentPage sku={route.sub} /></Frame>;
    case 'logistics':
      return <Frame><LogisticsPage /></Frame>;
    case 'suppliers':
      return <Frame><SuppliersPage code={route.sub} /></Frame>;
    case 'alerts':
      return <Frame fill><AlertsPage selected={route.sub} /></Frame>;
    case 'recommend':
      return <Frame fill><RecommendPage tab={route.sub} /></Frame>;
  }
}
