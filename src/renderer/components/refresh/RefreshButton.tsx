import { SyncOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { RefreshSummaryDto } from '../../../shared/contract/schemas/refresh';
import { useFormat, useT } from '../../i18n/hooks';
import type { Translate } from '../../i18n/translate';
import { RunningJobProgress } from '../RunningJobProgress';
import { useRefresh } from './useRefresh';

interface Props {
  /** The imports that brought the new data (after the import wizard). */
  importIds?: number[];
  label?: 'short' | 'afterImport';
  type?: 'default' | 'primary';
}

/**
 * "Refresh": forecasts from the newest run (only what changed), the plan and alerts, as one
 * job. Shows its step and progress while it runs (the header has the cancel button), and
 * what the last refresh did on hover.
 */
export function RefreshButton({ importIds, label = 'short', type = 'default' }: Props) {
  const t = useT();
  const format = useFormat();
  const { status, running, starting, start } = useRefresh();
  const last = status?.last ?? null;
  const tip = (
    <div data-testid="refresh-last">
      <div>{t('refresh.action.hint')}</div>
      <div style={{ marginTop: 6 }}>{last ? lastRefreshText(t, format.dateTime(last.finishedAt), last) : t('refresh.last.none')}</div>
    </div>
  );
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
      <RunningJobProgress kind="refresh" width={140} testId="refresh-progress" />
      <Tooltip title={tip}>
        <Button
          type={type}
          icon={<SyncOutlined spin={Boolean(running)} />}
          loading={starting}
          disabled={Boolean(running)}
          onClick={() => void start(importIds)}
          data-testid={label === 'afterImport' ? 'refresh-after-import' : 'refresh-start'}
        >
          {label === 'afterImport' ? t('refresh.action.afterImport') : t('refresh.action')}
        </Button>
      </Tooltip>
    </div>
  );
}

function lastRefreshText(t: Translate, when: string, last: RefreshSummaryDto): string {
  const title = t('refresh.last.title', { when, cause: t(`refresh.cause.${last.cause.reason}`) });
  if (last.mode === 'skipped') return `${title}: ${t('refresh.last.skipped')}`;
  const s = last.seconds;
  const steps = t('refresh.last.steps', { forecast: s.forecast.toFixed(1), plan: s.plan.toFixed(1), alerts: s.alerts.toFixed(1), total: s.total.toFixed(1) });
  if (last.mode === 'rolled') return `${title}. ${steps}. ${t('refresh.last.rolled', { run: last.runId ?? '', date: last.today ?? '' })}`;
  const series = last.mode === 'full' ? t('refresh.last.full') : t('refresh.last.series', last.series);
  return `${title}. ${steps}. ${series}`;
}
