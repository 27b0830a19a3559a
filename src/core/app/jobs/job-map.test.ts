import { describe, expectTypeOf, it } from 'vitest';
import type { ImportTaskResult } from './tasks/import-task';
import type { PlanRunTaskInput } from './tasks/plan-run-task';
import type { Jobs, JobInput, JobOutput } from './job-map';

describe('the typed job map', () => {
  it('takes each kind’s input and output from its task', () => {
    expectTypeOf<JobInput<'planRun'>>().toEqualTypeOf<PlanRunTaskInput>();
    expectTypeOf<JobOutput<'import'>>().toEqualTypeOf<ImportTaskResult>();
    expectTypeOf<JobOutput<'watchImport'>>().toEqualTypeOf<ImportTaskResult>();
    // A job started with another kind’s input does not compile.
    const start = (jobs: Jobs) => {
      // @ts-expect-error a plan run is not started with a demo's input
      jobs.start('planRun', { path: 'x', name: 'Demo', skus: 1, seed: 1, asOf: '2026-01-01' });
    };
    expectTypeOf(start).toBeFunction();
  });
});
