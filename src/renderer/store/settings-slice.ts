import type { AppInfo, Settings } from '../../shared/contract/schemas/app';

export interface SettingsSlice {
  settings: Settings;
  appInfo: AppInfo | null;
  loadAppInfo(): Promise<void>;
  loadSettings(): Promise<void>;
  /** Applied at once; reverted (and rethrown) if the back end refuses. */
  updateSettings(patch: Partial<Settings>): Promise<void>;
}
