import { AppError } from '../../errors/app-error';
import type { TaskContext } from '../protocol';

export function planRunTask(_input: unknown, _ctx: TaskContext): never {
  throw new AppError('internal', 'planRunTask is not built yet');
}
