import { Alert, Segmented, Spin } from 'antd';
import type { GridApi } from 'ag-grid-community';
import { useCallback, useRef, useState } from 'react';
import type { ForecastGridRow, ForecastRun } from '../../../shared/contract/schemas/forecast';
import { FullPage, PageLoadError } from '../../components/PageHeader';
import { RefreshButton } from '../../components/refresh/RefreshButton';
import { describeError } from '../../i18n/errors';
import { toErrorShape } from '../../api/errors';
import { useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import { useRouteSelection } from '../../hooks/useRouteSelection';
import { navigate } from '../../hooks/route';
import { afterNextPaint } from '../../hooks/after-next-paint';
import { AccuracyReport } from './AccuracyReport';
import { CellOverridePrompt } from './CellOverridePrompt';
import { EventCalendar } from './EventCalendar';
import { ForecastDetailPanel } from './ForecastDetailPanel';
import { ForecastEmptyState } from './ForecastEmptyState';
import { ForecastGrid, type CellEdit } from './ForecastGrid';
import { ForecastSummary } from './ForecastSummary';
import { RunForecastButton } from '../../components/forecast-run/RunForecastButton';
import { RunningJobProgress } from '../../components/RunningJobProgress';
import { RunComparisonView } from './RunComparisonView';
import { RunSelector } from './RunSelector';
import { seriesKey } from './series-key';
import { useForecastRun } from './useForecastRun';
import { useForecastRuns } from './useForecastRuns';

/**
 * Forecast review: pick a run, sort and filter its series, open one to see its chart and override it.
 * `sub` is a view (`#/forecasts/accuracy`, the Dashboard's accuracy figure) or a SKU (an alert's
 * link): the series view searched for that SKU, with its first series open.
 */
export function ForecastsPage({ sub }: { sub?: string | undefined }) {
  // Everything on this page belongs to one workspace: start afresh when another opens.
  const epoch = useAppStore((state) => state.workspaceEpoch);
  return <ForecastReview key={epoch} sub={sub} />;
}

const reviewViews = ['series', 'accuracy', 'compare', 'events'] as const;
type ReviewView = (typeof reviewViews)[number];
const isView = (sub: string | undefined): sub is ReviewView => (reviewViews as readonly (string | undefined)[]).includes(sub);
const isSku = (row: ForecastGridRow, sku: string) => row.sku === sku;
const leaveSku = () => navigate('forecasts');

function ForecastReview({ sub }: { sub: string | undefined }) {
  const t = useT();
  const sku = isView(sub) ? undefined : sub;
  const [view, setView] = useState<ReviewView>(() => (isView(sub) ? sub : 'series'));
  // A SKU named while another view is showing (back and forward) is shown in the series view.
  const [seenSku, setSeenSku] = useState(sku);
  if (sku !== seenSku) {
    setSeenSku(sku);
    if (sku) setView('series');
  }
  const [chosenRunId, setChosenRunId] = useState<number | null>(null);
  const [selectedRow, setSelectedRow] = useState<ForecastGridRow | null>(null);
  const [firstPage, setFirstPage] = useState<{ search: string; rows: readonly ForecastGridRow[] } | null>(null);
  const [pageError, setPageError] = useState<unknown>(null);
  const gridApi = useRef<GridApi<ForecastGridRow> | null>(null);
  const [cellEdit, setCellEdit] = useState<CellEdit | null>(null);
  const [detailVersion, setDetailVersion] = useState(0);

  // A finished forecast job shows its new run (the newest).
  const showNewest = useCallback(() => setChosenRunId(null), []);
  const { runs, status, error, reload } = useForecastRuns(showNewest);
  const run = runs.find((candidate) => candidate.id === chosenRunId) ?? runs[0];
  // The run's facts and accuracy are asked once the grid's first rows are painted (or could not be read).
  const [rowsPainted, setRowsPainted] = useState(false);
  const data = useForecastRun(run?.id ?? null, rowsPainted || pageError !== null);
  /** A row the core recomputed (an override): put in the grid and the open panel at once. */
  const replaceRow = useCallback((row: ForecastGridRow) => {
    gridApi.current?.getRowNode(seriesKey(row))?.setData(row);
    setSelectedRow((open) => (open && seriesKey(open) === seriesKey(row) ? row : open));
  }, []);
  const onGridApi = useCallback((api: GridApi<ForecastGridRow> | null) => {
    gridApi.current = api;
  }, []);
  const onFirstPage = useCallback((rows: readonly ForecastGridRow[], search: string) => {
    setFirstPage({ search, rows });
    afterNextPaint(() => setRowsPainted(true));
  }, []);

  const select = useCallback((row: ForecastGridRow) => setSelectedRow(row), []);
  const { search, setSearch, release } = useRouteSelection({
    target: sku,
    // A named SKU is found in the first page the core gave for that search.
    rows: firstPage && firstPage.search === (sku ?? '') ? firstPage.rows : null,
    matches: isSku,
    onFound: select,
    leave: leaveSku,
  });
  const closeSeries = () => {
    setSelectedRow(null);
    release();
  };
  const chooseRun = (runId: number) => {
    setChosenRunId(runId);
    setSelectedRow(null);
  };
  const cellSaved = useCallback(
    (row: ForecastGridRow) => {
      replaceRow(row);
      setDetailVersion((n) => n + 1);
    },
    [replaceRow],
  );

  const hasRuns = runs.length > 0;
  const loadError = error ?? data.error ?? (pageError ? toErrorShape(pageError) : null);

  return (
    <FullPage
      testId="page-forecasts"
      title={t('forecasts.title')}
      subtitle={t('forecasts.subtitle')}
      extra={
        // The event calendar is worth editing before the first run: the view switch shows from the start.
        (hasRuns || status === 'ready') && (
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            {hasRuns && <RunningJobProgress kind="forecastRun" width={140} testId="forecast-progress" />}
            <Segmented<ReviewView>
              aria-label={t('forecasts.view.label')}
              value={view}
              onChange={setView}
              options={[
                { value: 'series', label: t('forecasts.view.series') },
                { value: 'accuracy', label: t('forecasts.view.accuracy'), disabled: !hasRuns },
                { value: 'compare', label: t('forecasts.view.compare'), disabled: !hasRuns },
                { value: 'events', label: t('forecasts.view.events') },
              ]}
            />
            {hasRuns && (
              <>
                <RunSelector runs={runs} value={run?.id} onChange={chooseRun} />
                <RefreshButton />
                <RunForecastButton />
              </>
            )}
          </div>
        )
      }
    >
      {loadError && (
        <PageLoadError title={t('forecasts.loadFailed')} description={Object.values(describeError(t, loadError)).join(' ')} onRetry={error ? reload : data.error ? data.reload : () => setPageError(null)} />
      )}
      {status === 'loading' && <Spin style={{ margin: 'auto' }} />}
      {status === 'ready' && !hasRuns && view !== 'events' && <ForecastEmptyState />}
      {run && view === 'accuracy' && <AccuracyReport key={run.id} run={run} />}
      {run && view === 'compare' && <RunComparisonView key={run.id} run={run} runs={runs} />}
      {view === 'events' && <EventCalendar />}
      {run && view === 'series' && (
        <>
          <ForecastSummary run={run} facts={data.facts} accuracy={data.accuracy} loading={data.status === 'loading'} />
          <HorizonWarning count={data.facts?.shortOfHorizon ?? 0} horizon={run.horizon} frequency={run.frequency} />
          <div style={{ flex: 1, minHeight: 0, display: 'flex', gap: 12 }}>
            <ForecastGrid
              key={run.id}
              runId={run.id}
              frequency={run.frequency}
              search={search}
              onSearch={setSearch}
              onSelect={select}
              onCellEdit={setCellEdit}
              onFirstPage={onFirstPage}
              onGridApi={onGridApi}
              onError={setPageError}
            />
            {selectedRow && (
              <ForecastDetailPanel
                run={run}
                row={selectedRow}
                version={detailVersion}
                onRowChange={replaceRow}
                onClose={closeSeries}
              />
            )}
          </div>
        </>
      )}
      {run && view === 'series' && cellEdit && (
        <CellOverridePrompt run={run} edit={cellEdit} onSaved={cellSaved} onClose={() => setCellEdit(null)} />
      )}
    </FullPage>
  );
}

/** Says when the horizon reaches further than some SKUs' history: their far weeks are rough guesses. */
function HorizonWarning({ count, horizon, frequency }: { count: number; horizon: number; frequency: ForecastRun['frequency'] }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <div data-testid="forecast-horizon-warning" style={{ marginBottom: 8 }}>
      <Alert type="warning" showIcon title={t('forecasts.horizonWarning', { count, horizon: t(`forecasts.periods.${frequency}`, { count: horizon }) })} />
    </div>
  );
}
