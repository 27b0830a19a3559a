import type { ConnectionSlice } from './connection-slice';
import type { SliceCreator } from './types';

export const createConnectionSlice: SliceCreator<ConnectionSlice> = (set) => ({
  connection: 'connecting',
  startupError: null,
  setConnection: (connection) => set({ connection }),
  setStartupError: (startupError) => set({ startupError }),
});
