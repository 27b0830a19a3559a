import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function backupHandlers(_ctx: AppContext): DomainHandlers<'backup'> {
  return {};
}
