import { settingsSchema, type Settings } from '../../shared/contract/schemas/app';
import { getApi } from '../api/backend';
import type { SettingsSlice } from './settings-slice';
import type { SliceCreator } from './types';

const CACHE_KEY = 'supplydesk.settings';
const DEFAULT_SETTINGS: Settings = { locale: 'system', theme: 'light' };

/** The last settings seen, so the first paint already has the right theme and language. */
function cachedSettings(): Settings {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(localStorage.getItem(CACHE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

function cache(settings: Settings): void {
  localStorage.setItem(CACHE_KEY, JSON.stringify(settings));
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get) => ({
  settings: cachedSettings(),
  appInfo: null,

  loadAppInfo: async () => {
    set({ appInfo: await getApi().app.info() });
  },

  loadSettings: async () => {
    const settings = await getApi().settings.get();
    cache(settings);
    set({ settings });
  },

  updateSettings: async (patch) => {
    const previous = get().settings;
    set({ settings: { ...previous, ...patch } });
    try {
      const saved = await getApi().settings.update(patch);
      cache(saved);
      set({ settings: saved });
    } catch (error) {
      set({ settings: previous });
      throw error;
    }
  },
});
