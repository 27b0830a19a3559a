import type { JobKind } from '../../../shared/contract/schemas/app';
import type { JobRunner, JobStartOptions, StartedJob } from './runner';
import type { tasks } from './tasks';

/** What a job of this kind is started with: its task's first parameter. */
export type JobInput<K extends JobKind> = Parameters<(typeof tasks)[K]>[0];

/** What a job of this kind resolves to: its task's result. */
export type JobOutput<K extends JobKind> = Awaited<ReturnType<(typeof tasks)[K]>>;

/**
 * The app's job runner, typed by the task registry: a kind's input and output are its task's,
 * so starting a job with the wrong input does not compile.
 */
export interface Jobs extends Omit<JobRunner, 'start'> {
  start<K extends JobKind>(kind: K, input: JobInput<K>, options?: JobStartOptions): StartedJob<JobOutput<K>>;
}
