import { describe, expect, it } from 'vitest';
import type { WorkspaceSummary } from '../../shared/contract/schemas/app';
import { useAppStore } from './app-store';

const summary: WorkspaceSummary = { path: '/w/shop.supplydesk', name: 'Shop', kind: 'user', createdAt: '2026-01-01T00:00:00.000Z', asOf: null, schemaVersion: 25 };

describe('app store: the state asked again at start-up', () => {
  it('keeps the workspace it has when the same summary comes again, and takes a changed one', () => {
    const store = useAppStore;
    store.getState().setWorkspace(summary);
    const first = store.getState();
    store.getState().setWorkspace({ ...summary });
    expect(store.getState().workspace).toBe(first.workspace);
    expect(store.getState().workspaceEpoch).toBe(first.workspaceEpoch);

    store.getState().setWorkspace({ ...summary, name: 'Shop (renamed)' });
    expect(store.getState().workspace?.name).toBe('Shop (renamed)');
    expect(store.getState().workspaceEpoch).toBe(first.workspaceEpoch);
  });

  it('keeps the jobs it has when the back end lists none, and adds the ones it lists', () => {
    const store = useAppStore;
    const before = store.getState().jobs;
    store.getState().applyJobList([]);
    expect(store.getState().jobs).toBe(before);

    store.getState().applyJobList([{ jobId: 'j1', kind: 'forecastRun', status: 'running', startedAt: '2026-01-01T00:00:00.000Z', progress: null, error: null }]);
    expect(store.getState().jobs['j1']?.status).toBe('running');
  });
});
