import type { ApiErrorShape } from '../../shared/contract/errors';
import type { ConnectionState } from '../api/connection';

export interface ConnectionSlice {
  connection: ConnectionState;
  /** Set when the first load failed (e.g. an expired session), so the shell can say why it is empty. */
  startupError: ApiErrorShape | null;
  setConnection(state: ConnectionState): void;
  setStartupError(error: ApiErrorShape | null): void;
}
