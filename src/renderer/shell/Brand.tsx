import { AppstoreFilled } from '@ant-design/icons';
import { Typography, theme } from 'antd';
import { useT } from '../i18n/hooks';

/** The name at the top of the navigation, as tall as the header so the two lines meet. */
export function Brand({ collapsed }: { collapsed: boolean }) {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <div
      style={{
        height: 48,
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        padding: collapsed ? '0 16px' : '0 18px',
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
      }}
    >
      <AppstoreFilled style={{ fontSize: 20, color: token.colorPrimary }} />
      {!collapsed && (
        <Typography.Text strong style={{ fontSize: 15, letterSpacing: 0.2 }}>
          {t('app.name')}
        </Typography.Text>
      )}
    </div>
  );
}
