import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function importHandlers(_ctx: AppContext): DomainHandlers<'import'> {
  return {};
}
