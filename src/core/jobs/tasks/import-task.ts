import { AppError } from '../../errors/app-error';
import type { TaskContext } from '../protocol';

export function importTask(_input: unknown, _ctx: TaskContext): never {
  throw new AppError('internal', 'importTask is not built yet');
}
