import { Progress, Typography } from 'antd';
import type { JobKind } from '../../shared/contract/schemas/app';
import { useRunningJob } from '../hooks/useRunningJob';
import { useT } from '../i18n/hooks';
import { jobPercent, jobStepLabel } from '../i18n/job-text';

interface Props {
  kind: JobKind;
  width: number;
  testId: string;
}

/** The running job of a kind: its step and progress, where the user is looking (the header has the cancel button). */
export function RunningJobProgress({ kind, width, testId }: Props) {
  const t = useT();
  const job = useRunningJob(kind);
  if (!job) return null;
  return (
    <div data-testid={testId} style={{ width }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {jobStepLabel(t, job.progress?.step)}
      </Typography.Text>
      <Progress percent={jobPercent(job.progress)} size="small" status="active" />
    </div>
  );
}
