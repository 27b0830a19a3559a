import { Button, Checkbox, Typography } from 'antd';
import { getApi } from '../../api/backend';
import { useLoad } from '../../hooks/useLoad';
import { useRunningJob } from '../../hooks/useRunningJob';
import { useFormat, useT } from '../../i18n/hooks';
import type { Frequency } from '../../i18n/forecast-frequency';
import { useStartJob } from '../../hooks/useStartJob';

interface Props {
  frequency: Frequency;
  use: boolean;
  onUseChange(use: boolean): void;
  /** Changes whenever the form opens, so a model trained meanwhile shows up. */
  refreshKey: number;
}

/** In the run form: blend in the trained global model for these buckets, or train one. */
export function GlobalModelOption({ frequency, use, onUseChange, refreshKey }: Props) {
  const t = useT();
  const format = useFormat();
  const training = Boolean(useRunningJob('globalModel'));
  const { starting, start } = useStartJob('globalModel', t('forecasts.global.trainFailed'));
  // Reloads when the form opens and when a training job ends.
  const models = useLoad(`global-models:${refreshKey}`, () => getApi().forecast.globalModels(), 'globalModel');
  const model = models.value?.find((candidate) => candidate.frequency === frequency) ?? null;

  const train = () => start(() => getApi().forecast.trainGlobal({ frequency }));

  return (
    <div data-testid="global-model-option">
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 2 }}>
        {t('forecasts.global.title')}
      </Typography.Text>
      {model ? (
        <>
          <Checkbox checked={use} onChange={(event) => onUseChange(event.target.checked)}>
            {t('forecasts.global.use')}
          </Checkbox>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 0' }}>
            {t('forecasts.global.trained', { series: model.trainedSeries, date: format.date(model.historyTo) })}
          </Typography.Paragraph>
        </>
      ) : (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
          {t('forecasts.global.none')}
        </Typography.Paragraph>
      )}
      <Button size="small" loading={starting || training} onClick={() => void train()} style={{ marginTop: 4 }}>
        {model ? t('forecasts.global.retrain') : t('forecasts.global.train')}
      </Button>
    </div>
  );
}
