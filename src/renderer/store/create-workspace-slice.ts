import { shallow } from 'zustand/shallow';
import type { WorkspaceSummary } from '../../shared/contract/schemas/app';
import { getApi } from '../api/backend';
import type { SliceCreator } from './types';
import type { WorkspaceSlice } from './workspace-slice';

function sameWorkspace(a: WorkspaceSummary | null, b: WorkspaceSummary | null): boolean {
  if (!a || !b) return a === b;
  return a.path === b.path && a.createdAt === b.createdAt;
}

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> = (set, get) => ({
  workspace: null,
  workspaceStatus: 'loading',
  workspaceEpoch: 0,
  workspaceInfo: null,
  workspaceInfoStatus: 'idle',
  workspaceList: null,

  setWorkspace: (summary) => {
    const state = get();
    if (sameWorkspace(state.workspace, summary)) {
      // Asked again with nothing changed (start-up asks twice): the pages showing it need not render again.
      if (state.workspaceStatus !== 'ready' || !shallow(state.workspace, summary)) set({ workspace: summary, workspaceStatus: 'ready' });
      return;
    }
    state.clearTables();
    set({
      workspace: summary,
      workspaceStatus: 'ready',
      workspaceEpoch: state.workspaceEpoch + 1,
      workspaceInfo: null,
      workspaceInfoStatus: 'idle',
    });
  },

  refreshWorkspace: async () => {
    get().setWorkspace(await getApi().workspace.current());
  },

  loadWorkspaceInfo: async () => {
    const epoch = get().workspaceEpoch;
    if (!get().workspace) return;
    set({ workspaceInfoStatus: 'loading' });
    try {
      const info = await getApi().workspace.info();
      if (get().workspaceEpoch === epoch) set({ workspaceInfo: info, workspaceInfoStatus: 'ready' });
    } catch (error) {
      if (get().workspaceEpoch === epoch) set({ workspaceInfoStatus: 'error' });
      throw error;
    }
  },

  loadWorkspaceList: async () => {
    set({ workspaceList: await getApi().workspace.list() });
  },

  createWorkspace: async (name) => {
    const summary = await getApi().workspace.create({ name });
    get().setWorkspace(summary);
    return summary;
  },

  openWorkspace: async (path) => {
    const summary = await getApi().workspace.open({ path });
    get().setWorkspace(summary);
    return summary;
  },

  createDemoWorkspace: async () => {
    const { jobId } = await getApi().workspace.createDemo({});
    get().trackJob(jobId, 'demo');
    return jobId;
  },
});
