import { Layout, theme } from 'antd';
import { useState } from 'react';
import { Brand } from './Brand';
import { ConnectionBanner } from './ConnectionBanner';
import { HeaderBar } from './HeaderBar';
import { AlertNotices } from './AlertNotices';
import { DamageNotice } from './DamageNotice';
import { JobNotifications } from './JobNotifications';
import { WatchNotifications } from '../pages/data/watch/WatchNotifications';
import { NavMenu } from './NavMenu';
import { PageOutlet } from './PageOutlet';
import { useRoute } from '../hooks/route';

/** Navigation on the left, workspace and jobs on top, the page below. */
export function AppShell() {
  const route = useRoute();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();
  const border = `1px solid ${token.colorBorderSecondary}`;

  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider
        theme="light"
        width={200}
        collapsedWidth={56}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
      >
        <Brand collapsed={collapsed} />
        <NavMenu page={route.page} />
      </Layout.Sider>
      {/* The line between navigation and page sits on the page side, so the Sider's collapse bar does not break it. */}
      <Layout style={{ minWidth: 0, borderLeft: border }}>
        <Layout.Header style={{ borderBottom: border, display: 'flex', alignItems: 'center', gap: 12 }}>
          <HeaderBar />
        </Layout.Header>
        <ConnectionBanner />
        <Layout.Content style={{ display: 'flex', flexDirection: 'column', minHeight: 0, overflow: 'hidden' }}>
          <PageOutlet route={route} />
        </Layout.Content>
      </Layout>
      <JobNotifications />
      <WatchNotifications />
      <AlertNotices />
      <DamageNotice />
    </Layout>
  );
}
