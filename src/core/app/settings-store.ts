import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { recentWorkspaceSchema, settingsSchema, type RecentWorkspace, type Settings } from '../../shared/contract/schemas/app';

const MAX_RECENT = 12;

const fileSchema = z.object({
  settings: settingsSchema,
  recent: z.array(recentWorkspaceSchema.omit({ exists: true })),
  lastOpened: z.string().nullable(),
});
type SettingsFile = z.infer<typeof fileSchema>;

const defaults: SettingsFile = { settings: { locale: 'system', theme: 'light' }, recent: [], lastOpened: null };

/** Preferences and the recent-workspace list, kept as one small JSON file in the app's home. */
export class SettingsStore {
  private data: SettingsFile;

  constructor(private readonly file: string) {
    this.data = this.read();
  }

  get settings(): Settings {
    return this.data.settings;
  }

  get lastOpened(): string | null {
    return this.data.lastOpened;
  }

  updateSettings(patch: Partial<Settings>): Settings {
    this.data = { ...this.data, settings: { ...this.data.settings, ...patch } };
    this.write();
    return this.data.settings;
  }

  recent(): RecentWorkspace[] {
    return this.data.recent.map((entry) => ({ ...entry, exists: fs.existsSync(entry.path) }));
  }

  rememberOpened(entry: Omit<RecentWorkspace, 'exists' | 'openedAt'>): void {
    const others = this.data.recent.filter((r) => r.path !== entry.path);
    const recent = [{ ...entry, openedAt: new Date().toISOString() }, ...others].slice(0, MAX_RECENT);
    this.data = { ...this.data, recent, lastOpened: entry.path };
    this.write();
  }

  forgetLastOpened(): void {
    this.data = { ...this.data, lastOpened: null };
    this.write();
  }

  private read(): SettingsFile {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return structuredClone(defaults); // First start.
    }
    try {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON: handled below like any other damage.
    }
    // A damaged preferences file must not stop the app: start from defaults, keep the file aside.
    fs.renameSync(this.file, `${this.file}.invalid`);
    return structuredClone(defaults);
  }

  private write(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(this.data, null, 2));
    fs.renameSync(temp, this.file);
  }
}
