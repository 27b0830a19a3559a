import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { PathPolicy, WatchFolderPolicy } from './path-policy';

describe('security: workspace paths from the renderer', () => {
  const folder = path.resolve('/data/supplydesk/workspaces');
  const recent = [path.resolve('/home/lin/plans/shop.supplydesk')];
  const policy = new PathPolicy(folder, () => recent);

  it('allows the workspaces folder, recent files and dialog choices', () => {
    expect(policy.check(path.join(folder, 'a.supplydesk'))).toBe(path.join(folder, 'a.supplydesk'));
    expect(policy.check(recent[0]!)).toBe(recent[0]);
    const chosen = path.resolve('/media/usb/brand.supplydesk');
    expect(() => policy.check(chosen)).toThrow(/file dialog/);
    policy.allow(chosen);
    expect(policy.check(chosen)).toBe(chosen);
  });

  it('refuses everything else, including escapes through ..', () => {
    for (const attempt of [
      path.join(folder, '..', 'settings.json'),
      path.join(folder, '..', 'workspaces-evil', 'x.supplydesk'),
      '/etc/passwd',
      folder,
    ]) {
      expect(() => policy.check(attempt), attempt).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    }
  });
});

describe('security: files to read are not workspaces, and the reverse', () => {
  const folder = path.resolve('/data/supplydesk/workspaces');
  it('keeps the two purposes apart', () => {
    const policy = new PathPolicy(folder, () => []);
    const upload = path.resolve('/data/supplydesk/uploads/ab12/sales.csv');
    const workspace = path.join(folder, 'shop.supplydesk');
    policy.allowToRead(upload);
    expect(policy.checkToRead(upload)).toBe(upload);
    expect(() => policy.check(upload)).toThrow(/may not use/);
    expect(() => policy.checkToRead(workspace)).toThrow(/may not read/);
    expect(() => policy.checkToRead('/etc/passwd')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

describe('security: watched folders', () => {
  const tempDir = useTempDir();

  it('permits the inbox and what is in it, confirmed folders and dialog choices; nothing typed', () => {
    const home = tempDir();
    const fromStart = tempDir();
    const inFile = tempDir();
    const chosen = tempDir();
    const other = tempDir();
    const policy = new WatchFolderPolicy(home, [fromStart]);
    expect(fs.statSync(policy.inbox).isDirectory()).toBe(true);
    fs.writeFileSync(policy.confirmationFile, `# mine\n\n${inFile}\nrelative/ignored\n`);
    fs.mkdirSync(path.join(policy.inbox, 'sales'));
    for (const ok of [policy.inbox, path.join(policy.inbox, 'sales'), fromStart, inFile, path.join(inFile, 'sub')]) {
      expect(policy.check(ok), ok).toBe(ok);
    }
    for (const refused of [home, other, chosen, path.join(policy.inbox, '..'), `${policy.inbox}-x`, path.join(home, 'uploads'), 'relative/ignored']) {
      expect(() => policy.check(refused), refused).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    }
    policy.allowChosen(chosen);
    expect(policy.check(chosen)).toBe(chosen);
    expect(policy.candidates()).toEqual([
      { path: policy.inbox, source: 'inbox' },
      { path: path.join(policy.inbox, 'sales'), source: 'inbox' },
      { path: fromStart, source: 'confirmed' },
      { path: inFile, source: 'confirmed' },
    ]);
  });

  it('follows links: a link in the inbox to a folder elsewhere is refused', () => {
    const home = tempDir();
    const other = tempDir();
    const policy = new WatchFolderPolicy(home);
    const link = path.join(policy.inbox, 'link');
    fs.symlinkSync(other, link, 'dir');
    expect(() => policy.check(link)).toThrow(/may not watch/);
  });
});
