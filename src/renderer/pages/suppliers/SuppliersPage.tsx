import { SettingOutlined } from '@ant-design/icons';
import { Button, InputNumber, Select, Space, Tooltip, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { ScorecardList, ScorecardSettingsRow, SupplierScorecardRow } from '../../../shared/contract/schemas/suppliers';
import { getApi } from '../../api/backend';
import { FullPage, PageLoadError } from '../../components/PageHeader';
import { describeError } from '../../i18n/errors';
import { useFormat, useT } from '../../i18n/hooks';
import { navigate } from '../../hooks/route';
import { useAppStore } from '../../store/app-store';
import { CompareDrawer } from './CompareDrawer';
import { ExportScorecardsButton } from './ExportScorecardsButton';
import { PERIOD_PRESETS, presetRange, type PeriodPreset } from './period-presets';
import { RankingGrid } from './RankingGrid';
import { ScorecardPanel } from './ScorecardPanel';
import { SettingsDrawer } from './SettingsDrawer';
import { TraceDrawer } from './TraceDrawer';
import type { TraceRequest } from './trace-request';
import { useLoad } from '../../hooks/useLoad';
import { useRouteSelection } from '../../hooks/useRouteSelection';

const isSupplier = (row: SupplierScorecardRow, code: string) => row.code === code;
const leaveSupplier = () => navigate('suppliers');

/**
 * Supplier review: ranking by score, a scorecard per supplier, the lines behind every number, side by side.
 * `code` (`#/suppliers/<code>`, an alert's link) searches the ranking for that supplier and opens its scorecard.
 */
export function SuppliersPage({ code }: { code?: string | undefined }) {
  // Everything on this page belongs to one workspace: start afresh when another opens.
  const epoch = useAppStore((state) => state.workspaceEpoch);
  return <SupplierReview key={epoch} code={code} />;
}

function SupplierReview({ code }: { code: string | undefined }) {
  const t = useT();
  const format = useFormat();
  const workspaceAsOf = useAppStore((state) => state.workspace?.asOf ?? null);
  const [preset, setPreset] = useState<PeriodPreset>('last365');
  /** undefined = the saved tolerance; a number overrides it for this view only. */
  const [tolerance, setTolerance] = useState<number | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const [compared, setCompared] = useState<number[] | null>(null);
  const [traced, setTraced] = useState<TraceRequest | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [settingsSnapshot, setSettingsSnapshot] = useState<ScorecardSettingsRow | null>(null);

  const [asOf, setAsOf] = useState<string | null>(workspaceAsOf);
  const { from, to } = presetRange(preset, asOf);
  const range = useMemo(() => ({ ...(from ? { from } : {}), ...(to ? { to } : {}) }), [from, to]);
  const load = useCallback(
    () =>
      getApi().suppliers.scorecards({
        ...range,
        ...(tolerance !== undefined ? { toleranceDays: tolerance } : {}),
      }),
    [range, tolerance],
  );
  const ranking = useLoad<ScorecardList>(`${from}|${to}|${tolerance}|${version}`, load);
  const list = ranking.value;
  if (list && list.asOf !== asOf) setAsOf(list.asOf);
  const changed = useCallback(() => setVersion((n) => n + 1), []);
  const settingsSaved = (saved: ScorecardSettingsRow) => {
    setSettingsOpen(false);
    // The saved tolerance becomes the view's unless the user set one here.
    setTolerance(undefined);
    setSettingsSnapshot(saved);
    changed();
  };
  const settings = list?.settings ?? settingsSnapshot;
  const openRow = useCallback((row: SupplierScorecardRow) => setSelected(row.supplierId), []);
  const { search, setSearch, release } = useRouteSelection({
    target: code,
    rows: list?.suppliers ?? null,
    matches: isSupplier,
    onFound: openRow,
    leave: leaveSupplier,
  });
  const closeScorecard = () => {
    setSelected(null);
    release();
  };

  return (
    <FullPage
      testId="page-suppliers"
      title={t('suppliers.title')}
      subtitle={
        list
          ? t('suppliers.headerLine', { from: format.date(list.from), to: format.date(list.to), asOf: format.date(list.asOf) })
          : t('suppliers.subtitle')
      }
      extra={
        <Space size={8}>
          <Select<PeriodPreset>
            aria-label={t('suppliers.period')}
            data-testid="period-select"
            value={preset}
            onChange={setPreset}
            style={{ width: 150 }}
            options={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`suppliers.period.${p}`) }))}
          />
          <Tooltip title={t('suppliers.toleranceHelp')}>
            <InputNumber
              aria-label={t('suppliers.tolerance')}
              data-testid="tolerance-input"
              min={0}
              max={60}
              precision={0}
              value={tolerance ?? settings?.toleranceDays ?? 0}
              onChange={(value) => setTolerance(value ?? undefined)}
              prefix={<Typography.Text type="secondary">{t('suppliers.tolerance')}</Typography.Text>}
              suffix={t('suppliers.daysUnit')}
              style={{ width: 190 }}
            />
          </Tooltip>
          <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)} data-testid="scorecard-settings-button">
            {t('suppliers.settings.button')}
          </Button>
          <ExportScorecardsButton range={range} toleranceDays={tolerance} />
        </Space>
      }
    >
      {ranking.status === 'error' && ranking.error && (
        <PageLoadError title={t('suppliers.loadFailed')} description={Object.values(describeError(t, ranking.error)).join(' ')} onRetry={ranking.reload} />
      )}
      <div style={{ flex: 1, minHeight: 0, display: 'flex', gap: 12 }}>
        <RankingGrid
          rows={list?.suppliers ?? null}
          loading={ranking.status === 'loading'}
          search={search}
          onSearch={setSearch}
          onOpen={setSelected}
          onCompare={setCompared}
        />
        {selected !== null && (
          <ScorecardPanel
            supplierId={selected}
            range={range}
            toleranceDays={tolerance}
            version={version}
            onTrace={setTraced}
            onClose={closeScorecard}
            onDataChanged={changed}
          />
        )}
      </div>
      <TraceDrawer request={traced} range={range} toleranceDays={tolerance} onClose={() => setTraced(null)} />
      <CompareDrawer supplierIds={compared} range={range} toleranceDays={tolerance} onClose={() => setCompared(null)} />
      <SettingsDrawer open={settingsOpen} settings={settings} onClose={() => setSettingsOpen(false)} onSaved={settingsSaved} />
    </FullPage>
  );
}
