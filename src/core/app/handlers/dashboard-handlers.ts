import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function dashboardHandlers(_ctx: AppContext): DomainHandlers<'dashboard'> {
  return {};
}
