import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function monitoringHandlers(_ctx: AppContext): DomainHandlers<'monitoring'> {
  return {};
}
