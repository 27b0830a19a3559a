import { ShoppingCartOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { getApi } from '../../api/backend';
import { toErrorShape } from '../../api/errors';
import { describeError } from '../../i18n/errors';
import { useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import { useJobOfKind } from './useJobOfKind';

/** "Make plan": a plan job from the newest forecast with the saved targets and budget; locked lines are kept. */
export function MakePlanButton({ type = 'primary', disabled = false }: { type?: 'primary' | 'default'; disabled?: boolean }) {
  const t = useT();
  const { notification } = App.useApp();
  const trackJob = useAppStore((state) => state.trackJob);
  const running = useJobOfKind('planRun');
  const [starting, setStarting] = useState(false);
  const start = async () => {
    setStarting(true);
    try {
      const { jobId } = await getApi().planning.start({});
      trackJob(jobId, 'planRun');
    } catch (error) {
      const text = describeError(t, toErrorShape(error));
      notification.error({ title: t('job.failed.planRun'), description: `${text.message} ${text.next}` });
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
