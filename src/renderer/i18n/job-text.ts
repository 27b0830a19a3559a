import type { JobKind, JobProgress } from '../../shared/contract/schemas/app';
import { isMessageKey, type Translate } from './translate';

export function jobKindLabel(t: Translate, kind: JobKind): string {
  const key = `job.kind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

/** Steps are stable keys like "demo.sales"; an unknown step is shown as sent rather than hidden. */
export function jobStepLabel(t: Translate, step: string | undefined): string {
  if (!step) return t('job.step.starting');
  const key = `job.step.${step}`;
  return isMessageKey(key) ? t(key) : step;
}

/** 0–100; 0 until the job knows its total. */
export function jobPercent(progress: JobProgress | null): number {
  if (!progress || progress.total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((progress.current / progress.total) * 100)));
}
