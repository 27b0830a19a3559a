import type { WorkspaceInfo, WorkspaceList, WorkspaceSummary } from '../../shared/contract/schemas/app';
import type { LoadStatus } from './load-status';

export interface WorkspaceSlice {
  workspace: WorkspaceSummary | null;
  /** 'loading' until the back end has said which workspace is open (if any). */
  workspaceStatus: 'loading' | 'ready';
  /** Bumped whenever another workspace opens: per-workspace caches are keyed on it. */
  workspaceEpoch: number;
  workspaceInfo: WorkspaceInfo | null;
  workspaceInfoStatus: LoadStatus;
  workspaceList: WorkspaceList | null;
  setWorkspace(summary: WorkspaceSummary | null): void;
  refreshWorkspace(): Promise<void>;
  loadWorkspaceInfo(): Promise<void>;
  loadWorkspaceList(): Promise<void>;
  createWorkspace(name: string): Promise<WorkspaceSummary>;
  openWorkspace(path: string): Promise<WorkspaceSummary>;
  /** Starts the demo job and returns its id; the workspace opens when the job finishes. */
  createDemoWorkspace(): Promise<string>;
}
