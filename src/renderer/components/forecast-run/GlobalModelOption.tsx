import { Button, Segmented, Typography } from 'antd';
import type { GlobalChoice } from '../../../shared/contract/schemas/forecast';
import { getApi } from '../../api/backend';
import { useLoad } from '../../hooks/useLoad';
import { useRunningJob } from '../../hooks/useRunningJob';
import { useFormat, useT } from '../../i18n/hooks';
import type { Frequency } from '../../i18n/forecast-frequency';
import { useStartJob } from '../../hooks/useStartJob';

interface Props {
  frequency: Frequency;
  choice: GlobalChoice;
  onChoiceChange(choice: GlobalChoice): void;
  /** Changes whenever the form opens, so a model trained meanwhile shows up. */
  refreshKey: number;
}

const CHOICES: GlobalChoice[] = ['auto', 'on', 'off'];

/** In the run form: whether the run combines the global model (auto / on / off), what is stored, and training on request. */
export function GlobalModelOption({ frequency, choice, onChoiceChange, refreshKey }: Props) {
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
      <Segmented<GlobalChoice>
        block
        size="small"
        value={choice}
        onChange={onChoiceChange}
        aria-label={t('forecasts.global.title')}
        options={CHOICES.map((value) => ({ value, label: t(`forecasts.global.choice.${value}`) }))}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 0' }}>
        {t(`forecasts.global.choice.${choice}.hint`)}
      </Typography.Paragraph>
      {model ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 0' }}>
          {t('forecasts.global.trained', { series: model.trainedSeries, date: format.date(model.historyTo) })}
        </Typography.Paragraph>
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
