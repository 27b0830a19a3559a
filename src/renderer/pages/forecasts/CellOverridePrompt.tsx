import { Alert, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { ForecastGridRow, ForecastRun } from '../../../shared/contract/schemas/forecast';
import { getApi } from '../../api/backend';
import { useAction } from '../../hooks/useAction';
import { errorLine } from '../../hooks/useErrorNotice';
import { useFormat, useT } from '../../i18n/hooks';
import type { CellEdit } from './ForecastGrid';
import { nextLabel } from './forecast-labels';
import { overrideInput } from './override-input';
import { ReasonInput } from './ReasonInput';

interface Props {
  run: ForecastRun;
  edit: CellEdit;
  /** Called with the series' row as the server recomputed it. */
  onSaved(row: ForecastGridRow): void;
  onClose(): void;
}

/** A number typed in a next-period cell becomes a 'set' override for that bucket once a reason is given. */
export function CellOverridePrompt({ run, edit, onSaved, onClose }: Props) {
  const t = useT();
  const format = useFormat();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy: saving, run: attempt } = useAction((error) => setProblem(errorLine(t, error)));
  const valid = edit.value !== null && Number.isFinite(edit.value) && edit.value >= 0;
  const { row, index } = edit;

  const save = async () => {
    if (!valid || edit.value === null) return;
    if (!reason.trim()) return setProblem(t('forecasts.override.reasonRequired'));
    const value = edit.value;
    await attempt(async () => {
      const series = { runId: run.id, productId: row.productId, locationId: row.locationId };
      // The bucket's date comes from the series itself, so it always matches the run's calendar.
      const before = await getApi().forecast.detail(series);
      const date = before.forecast[index]?.date;
      if (!date) throw new Error(`No forecast for period ${index + 1}`);
      const draft = { fromDate: date, toDate: date, kind: 'set' as const, value, reason };
      await getApi().forecast.addOverride(overrideInput(run, row, draft));
      const after = await getApi().forecast.detail(series);
      onSaved(after.row);
      onClose();
    });
  };

  return (
    <Modal
      open
      title={t('forecasts.cell.title', { sku: row.sku })}
      okText={t('forecasts.override.add')}
      okButtonProps={{ disabled: !valid, loading: saving }}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
      width={420}
    >
      <div data-testid="cell-override-prompt" style={{ display: 'grid', gap: 8 }}>
        {valid ? (
          <Typography.Text>
            {t('forecasts.cell.text', {
              period: nextLabel(t, run.frequency, index + 1),
              value: format.number(edit.value),
            })}
          </Typography.Text>
        ) : (
          <Alert type="warning" showIcon title={t('forecasts.cell.invalid')} />
        )}
        <ReasonInput autoFocus value={reason} onChange={setReason} onSubmit={() => void save()} />
        {problem && <Alert type="error" showIcon title={problem} />}
      </div>
    </Modal>
  );
}
