import { create } from 'zustand';
import { createDataSlice } from './create-data-slice';
import { createConnectionSlice } from './create-connection-slice';
import { createJobsSlice } from './create-jobs-slice';
import { createSettingsSlice } from './create-settings-slice';
import type { AppState } from './types';
import { createWorkspaceSlice } from './create-workspace-slice';

export type { AppState } from './types';

/** Read with single-field selectors (`useAppStore((s) => s.workspace)`), `useShallow` for derived lists. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createSettingsSlice(...args),
  ...createWorkspaceSlice(...args),
  ...createJobsSlice(...args),
  ...createConnectionSlice(...args),
  ...createDataSlice(...args),
}));
