import { ShoppingCartOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { getApi } from '../../api/backend';
import { useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import { useRunningJob } from '../../hooks/useRunningJob';
import { useErrorNotice } from '../../hooks/useErrorNotice';

/** "Make plan": a plan job from the newest forecast with the saved targets and budget; locked lines are kept. */
export function MakePlanButton({ type = 'primary', disabled = false }: { type?: 'primary' | 'default'; disabled?: boolean }) {
  const t = useT();
  const showError = useErrorNotice();
  const trackJob = useAppStore((state) => state.trackJob);
  const running = useRunningJob('planRun');
  const [starting, setStarting] = useState(false);
  const start = async () => {
    setStarting(true);
    try {
      const { jobId } = await getApi().planning.start({});
      trackJob(jobId, 'planRun');
    } catch (error) {
      showError(t('job.failed.planRun'), error);
    } finally {
      setStarting(false);
    }
  };
  return (
    <Button type={type} icon={<ShoppingCartOutlined />} loading={starting || Boolean(running)} disabled={disabled} onClick={() => void start()} data-testid="make-plan">
      {t('plan.make')}
    </Button>
  );
}
