import { Button, Empty } from 'antd';
import type { RecommendStatus } from '../../../shared/contract/schemas/recommend';
import { navigate } from '../../hooks/route';
import { useFormat, useT } from '../../i18n/hooks';

/** No order lines with customers: say exactly what to import, never an empty page. */
export function RecommendEmptyState({ status }: { status: RecommendStatus }) {
  const t = useT();
  const format = useFormat();
  return (
    <div data-testid="recommend-empty" style={{ margin: '48px auto', maxWidth: 560 }}>
      <Empty
        description={
          <>
            <h3>{t('recommend.empty.title')}</h3>
            <p>{t('recommend.empty.text', { lines: format.integer(status.orderLines), withCustomer: format.integer(status.linesWithCustomer) })}</p>
          </>
        }
      >
        <Button type="primary" onClick={() => navigate('data')} data-testid="recommend-go-data">
          {t('recommend.empty.goData')}
        </Button>
      </Empty>
    </div>
  );
}
