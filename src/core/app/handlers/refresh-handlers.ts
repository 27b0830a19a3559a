import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function refreshHandlers(_ctx: AppContext): DomainHandlers<'refresh'> {
  return {};
}
