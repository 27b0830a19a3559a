import { CloseOutlined } from '@ant-design/icons';
import { Button, Progress, Tooltip, Typography } from 'antd';
import { useT } from '../i18n/hooks';
import { useAppStore } from '../store/app-store';
import type { JobView } from '../store/jobs-slice';
import { jobKindLabel, jobPercent, jobStepLabel } from '../i18n/job-text';
import { useRunningJobs } from './useRunningJobs';
import { useErrorNotice } from '../hooks/useErrorNotice';

function RunningJob({ job }: { job: JobView }) {
  const t = useT();
  const showError = useErrorNotice();
  const cancelJob = useAppStore((state) => state.cancelJob);
  const percent = jobPercent(job.progress);
  const label = `${jobKindLabel(t, job.kind)} · ${jobStepLabel(t, job.progress?.step)}`;

  const cancel = () =>
    cancelJob(job.jobId).catch((error: unknown) => {
      showError(t('error.title'), error);
    });

  return (
    <div data-testid="job-indicator" style={{ display: 'flex', alignItems: 'center', gap: 8, lineHeight: 1.2 }}>
      <div style={{ width: 260 }}>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, display: 'block' }}>
          {label}
        </Typography.Text>
        <Progress percent={percent} size="small" status="active" showInfo={false} style={{ margin: 0 }} />
      </div>
      <Typography.Text className="tabular" style={{ width: 34, textAlign: 'right', fontSize: 12 }}>
        {percent}%
      </Typography.Text>
      <Tooltip title={t('job.cancel')}>
        <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('job.cancel')} onClick={cancel} />
      </Tooltip>
    </div>
  );
}

/** One progress bar with a cancel button per running job, in the header so it is seen from every page. */
export function JobIndicator() {
  const running = useRunningJobs();
  if (running.length === 0) return null;
  return (
    <div style={{ display: 'flex', gap: 16 }}>
      {running.map((job) => (
        <RunningJob key={job.jobId} job={job} />
      ))}
    </div>
  );
}
