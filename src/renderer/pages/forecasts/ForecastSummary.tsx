import { Card, Skeleton, Tooltip, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import type { ForecastRun } from '../../../shared/contract/schemas/forecast';
import { useFormat, useT } from '../../i18n/hooks';
import { percent, ratio } from './forecast-labels';
import type { AccuracyRow, ForecastGridFacts } from './useForecastRun';

interface Props {
  run: ForecastRun;
  facts: ForecastGridFacts | null;
  accuracy: AccuracyRow | null;
  loading: boolean;
}

interface FigureProps {
  label: string;
  value: ReactNode;
  hint: string;
  /** What the figure means, on hover. */
  help?: string;
  /** Colours the value: good (green) or worth a look (orange). */
  tone?: 'good' | 'warn';
  loading: boolean;
}

function Figure({ label, value, hint, help, tone, loading }: FigureProps) {
  const { token } = theme.useToken();
  return (
    // A thin rule before every figure but the first.
    <div style={{ minWidth: 0, padding: '0 16px', borderInlineStart: `1px solid ${token.colorBorderSecondary}`, marginInlineStart: -1 }}>
      <Tooltip title={help}>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, display: 'block', cursor: help ? 'help' : undefined }}>
          {label}
        </Typography.Text>
      </Tooltip>
      {loading ? (
        <Skeleton.Input active size="small" style={{ display: 'block', marginTop: 4 }} />
      ) : (
        <div style={{ display: 'flex', alignItems: 'baseline', gap: 8, minWidth: 0 }}>
          <span
            className="tabular"
            style={{
              fontSize: 18,
              fontWeight: 600,
              lineHeight: 1.4,
              color: tone === 'good' ? token.colorSuccess : tone === 'warn' ? token.colorWarning : undefined,
            }}
          >
            {value}
          </span>
          <Typography.Text type="secondary" ellipsis={{ tooltip: hint }} style={{ fontSize: 12, minWidth: 0 }}>
            {hint}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

/** The run at a glance, from the real backtest and grid: size, error against seasonal naive, interval coverage, cold starts. */
export function ForecastSummary({ run, facts, accuracy, loading }: Props) {
  const t = useT();
  const format = useFormat();
  const coldStart = facts?.coldStart ?? 0;
  const tested = accuracy !== null && accuracy.series > 0;
  const untested = t('forecasts.summary.noBacktest');

  return (
    <Card size="small" style={{ marginBottom: 12, overflow: 'hidden' }} styles={{ body: { padding: '8px 0' } }}>
      <div
        data-testid="forecast-summary"
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
        }}
      >
        <Figure
          loading={false}
          label={t('forecasts.summary.series')}
          value={format.integer(run.seriesCount)}
          hint={t('common.dateRange', { from: format.date(run.historyFrom), to: format.date(run.historyTo) })}
        />
        <Figure
          loading={loading}
          label={t('forecasts.summary.relativeMase')}
          help={t('forecasts.summary.relativeMaseHelp')}
          tone={tested && accuracy.relativeMase !== null ? (accuracy.relativeMase < 1 ? 'good' : 'warn') : undefined}
          value={tested ? ratio(format, accuracy.relativeMase) : '—'}
          hint={
            tested
              ? t('forecasts.summary.relativeMaseHint', { model: ratio(format, accuracy.model.mase), naive: ratio(format, accuracy.snaive.mase) })
              : untested
          }
        />
        <Figure
          loading={loading}
          label={t('forecasts.summary.coverage')}
          help={t('forecasts.summary.coverageHelp')}
          value={tested ? percent(format, accuracy.model.coverage) : '—'}
          hint={tested ? t('forecasts.summary.coverageHint') : untested}
        />
        <Figure
          loading={loading || !facts}
          label={t('forecasts.summary.coldStart')}
          help={t('forecasts.summary.coldStartHelp')}
          value={facts && facts.series > 0 ? percent(format, coldStart / facts.series) : '—'}
          hint={t('forecasts.summary.coldStartHint', { count: coldStart })}
        />
      </div>
    </Card>
  );
}
