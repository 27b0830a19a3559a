import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function planningHandlers(_ctx: AppContext): DomainHandlers<'planning'> {
  return {};
}
