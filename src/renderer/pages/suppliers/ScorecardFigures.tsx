import { Tooltip, Typography, theme } from 'antd';
import type { SupplierScorecardRow, TraceableMetricName } from '../../../shared/contract/schemas/suppliers';
import { useFormat, useT } from '../../i18n/hooks';
import { days, percent, signedDays, signedPercent } from './supplier-format';
import { METRIC_LABEL } from './supplier-format';

interface FigureSpec {
  metric: TraceableMetricName;
  value: string;
  hint: string;
}

interface Props {
  card: SupplierScorecardRow;
  onTrace(metric: TraceableMetricName): void;
}

/** The scorecard's key figures; each is a button that opens the PO lines behind it. */
export function ScorecardFigures({ card, onTrace }: Props) {
  const t = useT();
  const format = useFormat();
  const { token } = theme.useToken();
  const of = (n: number, d: number) => t('suppliers.figure.of', { n, d });
  const figures: FigureSpec[] = [
    { metric: 'otif', value: percent(format, card.otif), hint: of(card.otifLines, card.poLines) },
    { metric: 'on_time', value: percent(format, card.onTimeRate), hint: of(card.onTimeLines, card.poLines) },
    { metric: 'in_full', value: percent(format, card.inFullRate), hint: of(card.inFullLines, card.poLines) },
    { metric: 'fill_rate', value: percent(format, card.fillRate), hint: t('suppliers.figure.fillHint') },
    {
      metric: 'lead_time',
      value: t('suppliers.figure.days', { days: days(format, card.leadTimeMean) }),
      hint: t('suppliers.figure.leadHint', { p90: days(format, card.leadTimeP90), promised: days(format, card.promisedLeadTime) }),
    },
    {
      metric: 'lead_time_reliability',
      value: percent(format, card.leadTimeReliability),
      hint: t('suppliers.figure.biasHint', { bias: signedDays(format, card.leadTimeBias) }),
    },
    { metric: 'rejection_rate', value: percent(format, card.rejectionRate), hint: t('suppliers.figure.rejectionHint') },
    { metric: 'price_variance', value: signedPercent(format, card.priceVariance), hint: t('suppliers.figure.priceHint') },
    {
      metric: 'deliveries',
      value: format.integer(card.deliveries),
      hint: t('suppliers.figure.deliveriesHint', { overdue: card.overdueLines, lines: card.poLines }),
    },
    {
      metric: 'spend',
      value: format.moneyWhole(card.spend, card.currency),
      hint: t('suppliers.figure.spendHint', { orders: card.orders, open: format.moneyWhole(card.openPoValue, card.currency) }),
    },
  ];

  return (
    <div data-testid="scorecard-figures" style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 6 }}>
      {figures.map((f) => (
        <Tooltip key={f.metric} title={t('suppliers.figure.traceHelp')} mouseEnterDelay={0.6}>
          <button
            type="button"
            data-testid={`figure-${f.metric}`}
            aria-label={`${t(METRIC_LABEL[f.metric])} ${f.value}`}
            onClick={() => onTrace(f.metric)}
            style={{
              textAlign: 'start',
              background: token.colorFillQuaternary,
              border: `1px solid ${token.colorBorderSecondary}`,
              borderRadius: token.borderRadiusSM,
              padding: '4px 8px',
              cursor: 'pointer',
              minWidth: 0,
              color: token.colorText,
              font: 'inherit',
            }}
          >
            <Typography.Text type="secondary" ellipsis={{ tooltip: t(METRIC_LABEL[f.metric]) }} style={{ fontSize: 12, display: 'block' }}>
              {t(METRIC_LABEL[f.metric])}
            </Typography.Text>
            <span className="tabular" style={{ fontSize: 16, fontWeight: 600, lineHeight: 1.35, display: 'block' }} data-testid="figure-value">
              {f.value}
            </span>
            <Typography.Text type="secondary" ellipsis={{ tooltip: f.hint }} style={{ fontSize: 11, display: 'block' }}>
              {f.hint}
            </Typography.Text>
          </button>
        </Tooltip>
      ))}
    </div>
  );
}
