import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { SettingsStore } from './settings-store';

describe('settings store', () => {
  const tempDir = useTempDir();

  it('remembers preferences and recent workspaces, newest first, without duplicates', () => {
    const file = path.join(tempDir(), 'settings.json');
    const store = new SettingsStore(file);
    store.updateSettings({ locale: 'zh-CN' });
    store.rememberOpened({ path: '/w/a.supplydesk', name: 'A', kind: 'user' });
    store.rememberOpened({ path: '/w/b.supplydesk', name: 'B', kind: 'demo' });
    store.rememberOpened({ path: '/w/a.supplydesk', name: 'A', kind: 'user' });
    const reread = new SettingsStore(file);
    expect(reread.settings).toEqual({ locale: 'zh-CN', theme: 'light' });
    expect(reread.recent().map((r) => r.name)).toEqual(['A', 'B']);
    expect(reread.lastOpened).toBe('/w/a.supplydesk');
  });

  it('starts from defaults when the file is damaged, keeping the damaged copy', () => {
    const file = path.join(tempDir(), 'settings.json');
    fs.writeFileSync(file, '{"settings": {"locale": "klingon"');
    const store = new SettingsStore(file);
    expect(store.settings.locale).toBe('system');
    expect(fs.readFileSync(`${file}.invalid`, 'utf8')).toContain('klingon');
  });
});
