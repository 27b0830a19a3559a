import { ShoppingCartOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { getApi } from '../../api/backend';
import { useT } from '../../i18n/hooks';
import { useRunningJob } from '../../hooks/useRunningJob';
import { useStartJob } from '../../hooks/useStartJob';

/** "Make plan": a plan job from the newest forecast with the saved targets and budget; locked lines are kept. */
export function MakePlanButton({ type = 'primary', disabled = false }: { type?: 'primary' | 'default'; disabled?: boolean }) {
  const t = useT();
  const running = useRunningJob('planRun');
  const { starting, start: startJob } = useStartJob('planRun', t('job.failed.planRun'));
  const start = () => startJob(() => getApi().planning.start({}));
  return (
    <Button type={type} icon={<ShoppingCartOutlined />} loading={starting || Boolean(running)} disabled={disabled} onClick={() => void start()} data-testid="make-plan">
      {t('plan.make')}
    </Button>
  );
}
