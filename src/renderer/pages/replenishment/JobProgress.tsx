import type { JobKind } from '../../../shared/contract/schemas/app';
import { Progress, Typography } from 'antd';
import { useT } from '../../i18n/hooks';
import { jobPercent, jobStepLabel } from '../../i18n/job-text';
import { useJobOfKind } from './useJobOfKind';

/** A running plan or simulation job's step and progress, where the user is looking (the header has the cancel button). */
export function JobProgress({ kind, width = 200, testId }: { kind: JobKind; width?: number; testId: string }) {
  const t = useT();
  const job = useJobOfKind(kind);
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
