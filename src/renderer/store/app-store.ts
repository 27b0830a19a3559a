import { create } from 'zustand';
import { createDataSlice } from './data-slice';
import { createConnectionSlice } from './connection-slice';
import { createJobsSlice } from './jobs-slice';
import { createSettingsSlice } from './settings-slice';
import type { AppState } from './types';
import { createWorkspaceSlice } from './workspace-slice';

export type { AppState } from './types';

/** Read with single-field selectors (`useAppStore((s) => s.workspace)`), `useShallow` for derived lists. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createSettingsSlice(...args),
  ...createWorkspaceSlice(...args),
  ...createJobsSlice(...args),
  ...createConnectionSlice(...args),
  ...createDataSlice(...args),
}));
