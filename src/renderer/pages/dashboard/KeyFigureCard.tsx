import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Tooltip, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import type { KeyFigure } from '../../../shared/contract/schemas/dashboard';
import { useFormat, useT } from '../../i18n/hooks';
import { navigate, navigateToImport } from '../../hooks/route';
import { FIGURE_TARGETS, formatFigureValue, noteText } from './figure-format';
import { missingImportKind, missingText } from './figure-missing';
import { FigureDelta } from './FigureDelta';
import { FigureSparkline } from './FigureSparkline';

/** One key figure: value, change against the previous period, 12-week trend; a click opens the page to act on it. */
export function KeyFigureCard({ figure, comparedWith }: { figure: KeyFigure; comparedWith: string | null }) {
  const t = useT();
  const format = useFormat();
  const label = t(`dashboard.figure.${figure.id}`);
  const target = FIGURE_TARGETS[figure.id];
  // A figure that lacks an import opens the wizard for it; otherwise the page to act on it.
  const importKind = missingImportKind(figure);
  const open = () => (importKind ? navigateToImport(importKind) : navigate(target.page, target.sub));
  const missing = missingText(t, format, figure);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    }
  };
  const note = figure.note ? noteText(t, format, figure.note) : null;
  const hasTrend = figure.trend.some((point) => point.value !== null);

  return (
    <Card
      size="small"
      hoverable
      data-testid={`figure-${figure.id}`}
      role="button"
      tabIndex={0}
      aria-label={`${label}: ${missing ?? formatFigureValue(t, format, figure.unit, figure.value)} — ${importKind ? t('dashboard.figure.missing.open') : t('dashboard.figure.open', { page: t(target.label) })}`}
      data-missing={figure.missing?.need}
      onClick={open}
      onKeyDown={onKey}
      styles={{ body: { padding: '10px 14px', display: 'flex', flexDirection: 'column', gap: 2, height: '100%' } }}
      style={{ height: '100%' }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <Typography.Text type="secondary" ellipsis={{ tooltip: label }} style={{ fontSize: 12, flex: 1, minWidth: 0 }}>
          {label}
        </Typography.Text>
        <Tooltip title={<DefinitionText title={t('dashboard.figure.how')} text={t(figure.definitionKey)} />} placement="bottom">
          <QuestionCircleOutlined
            data-testid="figure-how"
            aria-label={t('dashboard.figure.how')}
            onClick={(event) => event.stopPropagation()}
            style={{ fontSize: 12, color: 'var(--ant-color-text-tertiary)', cursor: 'help' }}
          />
        </Tooltip>
      </div>
      <div className="tabular" data-testid="figure-value" style={{ fontSize: 22, fontWeight: 600, lineHeight: 1.25 }}>
        {figure.value === null ? (
          <>
            {figure.missing && figure.missing.need !== 'forecastRun' && figure.missing.need !== 'salesAfterRun' && <span>— </span>}
            <Typography.Text type={figure.missing ? 'warning' : 'secondary'} style={{ fontSize: 13, fontWeight: 400 }} data-testid="figure-missing">
              {missing ?? t(figure.id === 'forecastAccuracy' ? 'dashboard.figure.noForecast' : 'dashboard.figure.noValue')}
            </Typography.Text>
          </>
        ) : (
          formatFigureValue(t, format, figure.unit, figure.value)
        )}
      </div>
      {figure.value !== null && <FigureDelta figure={figure} comparedWith={comparedWith} />}
      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, minHeight: 18 }}>
        {[note, figure.basis === 'backtest' ? t('dashboard.figure.backtest') : null].filter(Boolean).join(' · ')}
      </Typography.Text>
      <div style={{ marginTop: 'auto' }} data-testid="figure-trend">
        {hasTrend ? (
          <FigureSparkline figure={figure} label={label} />
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12, lineHeight: '36px' }}>
            {t('dashboard.figure.noTrend')}
          </Typography.Text>
        )}
      </div>
    </Card>
  );
}

function DefinitionText({ title, text }: { title: string; text: string }) {
  return (
    <div data-testid="figure-definition" style={{ maxWidth: 320 }}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{title}</div>
      <div>{text}</div>
    </div>
  );
}
