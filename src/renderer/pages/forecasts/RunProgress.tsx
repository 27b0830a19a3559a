import { Progress, Typography } from 'antd';
import { useT } from '../../i18n/hooks';
import { jobPercent, jobStepLabel } from '../../i18n/job-text';
import { useRunningForecast } from './useRunningForecast';

/** The running forecast's step and progress, where the user is looking (the header has the cancel button). */
export function RunProgress({ width = 320 }: { width?: number }) {
  const t = useT();
  const job = useRunningForecast();
  if (!job) return null;
  return (
    <div data-testid="forecast-progress" style={{ width }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {jobStepLabel(t, job.progress?.step)}
      </Typography.Text>
      <Progress percent={jobPercent(job.progress)} size="small" status="active" />
    </div>
  );
}
