import { Alert, Button, Card, Skeleton } from 'antd';
import { KEY_FIGURE_IDS } from './figure-ids';
import { describeError } from '../../i18n/errors';
import { useT } from '../../i18n/hooks';
import { KeyFigureCard } from './KeyFigureCard';
import type { useKeyFigures } from './useKeyFigures';

const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(228px, 1fr))', gap: 12 } as const;

/** The seven key figures as cards; skeleton cards while they load, one plain sentence while there is no data. */
export function KeyFigures({ loaded }: { loaded: ReturnType<typeof useKeyFigures> }) {
  const t = useT();
  const { value, status, error, reload } = loaded;

  if (status === 'error' && error) {
    return (
      <Alert
        data-testid="key-figures"
        type="error"
        showIcon
        title={t('dashboard.figures.failed')}
        description={Object.values(describeError(t, error)).join(' ')}
        action={<Button onClick={reload}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!value) {
    return (
      <section data-testid="key-figures" aria-label={t('dashboard.figures.label')} aria-busy="true" style={GRID}>
        {KEY_FIGURE_IDS.map((id) => (
          <Card key={id} size="small" styles={{ body: { padding: '10px 14px' } }}>
            <Skeleton active title={{ width: '60%' }} paragraph={{ rows: 2, width: ['40%', '100%'] }} />
          </Card>
        ))}
      </section>
    );
  }
  if (!value.asOf) {
    return (
      <section data-testid="key-figures" aria-label={t('dashboard.figures.label')}>
        <Alert type="info" showIcon title={t('dashboard.noSales')} description={t('dashboard.figures.empty')} />
      </section>
    );
  }
  return (
    <section data-testid="key-figures" aria-label={t('dashboard.figures.label')} style={GRID}>
      {value.figures.map((figure) => (
        <KeyFigureCard key={figure.id} figure={figure} comparedWith={value.comparedWith} />
      ))}
    </section>
  );
}
