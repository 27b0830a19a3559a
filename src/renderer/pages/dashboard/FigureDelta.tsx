import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Typography, theme } from 'antd';
import type { KeyFigure } from '../../../shared/contract/schemas/dashboard';
import { useFormat, useT } from '../../i18n/hooks';
import { changeTone, formatChange } from './figure-format';

/** The change against the previous period: arrow and amount, green when better, red when worse. */
export function FigureDelta({ figure, comparedWith }: { figure: KeyFigure; comparedWith: string | null }) {
  // The date compared with is in the page's subtitle; here only as the title, for whoever wonders.
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();
  if (figure.change === null) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('dashboard.figure.noPrevious')}
      </Typography.Text>
    );
  }
  const tone = changeTone(figure);
  const color = tone === 'good' ? token.colorSuccess : tone === 'bad' ? token.colorError : token.colorTextSecondary;
  const Arrow = figure.change > 0 ? ArrowUpOutlined : figure.change < 0 ? ArrowDownOutlined : MinusOutlined;
  const verdict = tone === 'good' ? t('dashboard.figure.better') : tone === 'bad' ? t('dashboard.figure.worse') : null;
  return (
    <span
      data-testid="figure-delta"
      data-tone={tone}
      title={comparedWith ? t('dashboard.figure.vsPrevious', { date: format.date(comparedWith) }) : undefined}
      style={{ fontSize: 12, display: 'inline-flex', gap: 4, alignItems: 'center', flexWrap: 'wrap' }}>
      <span className="tabular" style={{ color, fontWeight: 500 }}>
        <Arrow style={{ fontSize: 10 }} /> {formatChange(t, format, figure)}
      </span>
      {verdict && <span style={{ color }}>{verdict}</span>}
    </span>
  );
}
