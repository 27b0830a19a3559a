import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function watchHandlers(_ctx: AppContext): DomainHandlers<'watch'> {
  return {};
}
