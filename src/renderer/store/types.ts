import type { StateCreator } from 'zustand';
import type { DataSlice } from './data-slice';
import type { ConnectionSlice } from './connection-slice';
import type { JobsSlice } from './jobs-slice';
import type { SettingsSlice } from './settings-slice';
import type { WorkspaceSlice } from './workspace-slice';

/**
 * The whole app state: one store, typed slices. Each slice's shape sits apart from its creator
 * (`create-*-slice.ts`), so this type and the creators that use it do not import each other.
 */
export type AppState = SettingsSlice & WorkspaceSlice & JobsSlice & ConnectionSlice & DataSlice;

export type SliceCreator<Slice> = StateCreator<AppState, [], [], Slice>;

export type { LoadStatus } from './load-status';
