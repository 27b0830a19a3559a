import { Button, Card, Steps } from 'antd';
import type { MessageKey } from '../../i18n/translate';
import { useT } from '../../i18n/hooks';
import { navigate, type PageKey } from '../../hooks/route';

const STEPS: { title: MessageKey; hint: MessageKey; link: MessageKey; page: PageKey }[] = [
  { title: 'dashboard.guide.data', hint: 'dashboard.guide.dataHint', link: 'dashboard.guide.open', page: 'data' },
  { title: 'dashboard.guide.import', hint: 'dashboard.guide.importHint', link: 'dashboard.guide.open', page: 'data' },
  { title: 'dashboard.guide.forecasts', hint: 'dashboard.guide.forecastsHint', link: 'dashboard.guide.openForecasts', page: 'forecasts' },
  { title: 'dashboard.guide.plan', hint: 'dashboard.guide.planHint', link: 'dashboard.guide.openPlan', page: 'replenishment' },
];

/** The short guided path of the first start: data → import → forecasts → plan, each a click away. */
export function GettingStarted() {
  const t = useT();
  return (
    <Card size="small" title={t('dashboard.guide.title')} style={{ height: '100%' }}>
      <Steps
        orientation="vertical"
        size="small"
        current={0}
        items={STEPS.map((step) => ({
          title: t(step.title),
          content: (
            <>
              <div>{t(step.hint)}</div>
              <Button size="small" type="link" style={{ padding: 0 }} onClick={() => navigate(step.page)}>
                {t(step.link)}
              </Button>
            </>
          ),
        }))}
      />
    </Card>
  );
}
