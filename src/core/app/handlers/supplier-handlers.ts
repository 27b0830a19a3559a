import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function supplierHandlers(_ctx: AppContext): DomainHandlers<'suppliers'> {
  return {};
}
