import { CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Card, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/hooks';
import { FeatureIcon } from './FeatureIcon';

interface Props {
  icon: ReactNode;
  title: string;
  description: string;
  points: string[];
  /** Real figures from the workspace that the coming feature will build on. */
  footer?: ReactNode;
  /** Full width on the dashboard; a readable measure on a page of its own. */
  maxWidth?: number | 'none';
}

/** A calm description of a feature that is not built yet — no placeholders, no made-up numbers. */
export function ComingSoon({ icon, title, description, points, footer, maxWidth = 860 }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <Card data-testid="coming-soon" style={{ maxWidth }}>
      <div style={{ display: 'flex', gap: 16 }}>
        <FeatureIcon>{icon}</FeatureIcon>
        <div style={{ minWidth: 0 }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 4 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            <Tag icon={<ClockCircleOutlined />} variant="filled">
              {t('common.coming')}
            </Tag>
          </div>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8, maxWidth: 720 }}>
            {description}
          </Typography.Paragraph>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 4 }}>
            {points.map((point) => (
              <li key={point}>
                <CheckCircleOutlined style={{ color: token.colorTextTertiary, marginInlineEnd: 8 }} />
                <Typography.Text>{point}</Typography.Text>
              </li>
            ))}
          </ul>
          {footer && <div style={{ marginTop: 12 }}>{footer}</div>}
        </div>
      </div>
    </Card>
  );
}
