import { AppError } from '../../errors/app-error';
import type { TaskContext } from '../protocol';

export function simulationTask(_input: unknown, _ctx: TaskContext): never {
  throw new AppError('internal', 'simulationTask is not built yet');
}
