import { Button, Flex, Progress, Typography } from 'antd';
import { useAppStore } from '../../../store/app-store';
import { useT } from '../../../i18n/hooks';
import { jobPercent, jobStepLabel } from '../../../i18n/job-text';

interface Props {
  jobId: string | null;
  cancelLabel: string;
}

/** The progress of one import job (the check or the import itself), with its cancel button. */
export function JobProgressBar({ jobId, cancelLabel }: Props) {
  const t = useT();
  const job = useAppStore((s) => (jobId ? s.jobs[jobId] : undefined));
  const cancelJob = useAppStore((s) => s.cancelJob);
  const running = job?.status === 'running';
  return (
    <Flex vertical gap={4} data-testid="import-progress">
      <Typography.Text type="secondary">{jobStepLabel(t, job?.progress?.step)}</Typography.Text>
      <Flex gap={12} align="center">
        <Progress percent={jobPercent(job?.progress ?? null)} status="active" style={{ flex: 1, margin: 0 }} />
        <Button danger disabled={!running} onClick={() => jobId && void cancelJob(jobId)}>
          {cancelLabel}
        </Button>
      </Flex>
    </Flex>
  );
}
