import { Button, Card, Steps } from 'antd';
import { useT } from '../../i18n/hooks';
import { navigate } from '../../shell/route';

/** The short guided path of the first start: data → import → forecasts → plan. */
export function GettingStarted() {
  const t = useT();
  return (
    <Card size="small" title={t('dashboard.guide.title')} style={{ height: '100%' }}>
      <Steps
        orientation="vertical"
        size="small"
        current={0}
        items={[
          {
            title: t('dashboard.guide.data'),
            content: (
              <>
                <div>{t('dashboard.guide.dataHint')}</div>
                <Button size="small" type="link" style={{ padding: 0 }} onClick={() => navigate('data')}>
                  {t('dashboard.guide.open')}
                </Button>
              </>
            ),
          },
          { title: t('dashboard.guide.import'), content: t('common.coming') },
          { title: t('dashboard.guide.forecasts'), content: t('common.coming') },
          { title: t('dashboard.guide.plan'), content: t('common.coming') },
        ]}
      />
    </Card>
  );
}
