import { theme } from 'antd';
import type { ReactNode } from 'react';

/** The tinted square that leads a feature's explanation card. */
export function FeatureIcon({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        flex: 'none',
        width: 44,
        height: 44,
        borderRadius: 10,
        display: 'grid',
        placeItems: 'center',
        fontSize: 22,
        color: token.colorPrimary,
        background: token.colorPrimaryBg,
      }}
    >
      {children}
    </div>
  );
}
