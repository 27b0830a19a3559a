import { openJobConnection } from '../../../db/job-connection';
import { migration010 } from '../../../db/migrations/010_recommend';
import { AppError } from '../../../ground/errors/app-error';
import type { TaskContext } from '../../../ground/task-context';
import { runRecommendations, type RecommendRunOptions, type RecommendRunSummary } from '../../../recommending/run-recommendations';

export interface RecommendTaskInput extends RecommendRunOptions {
  /** The workspace file (the app has it open; the worker opens its own connection). */
  path: string;
}

/**
 * Fits the recommender on the workspace's order lines and stores the run (steps 'recommend.*').
 * Cancelling before the save leaves the previous run: everything is written in one transaction at the end.
 */
export async function recommendTask(input: RecommendTaskInput, ctx: TaskContext): Promise<RecommendRunSummary> {
  const db = openJobConnection(input.path, (connection) => {
    const version = connection.pragma('user_version', { simple: true }) as number;
    if (version < migration010.version) throw new AppError('not_supported', 'This workspace has no recommendation tables yet: open it in SupplyDesk first to upgrade it', { version });
  });
  try {
    const { path: _path, ...options } = input;
    return await runRecommendations(db, options, ctx);
  } finally {
    db.close();
  }
}
