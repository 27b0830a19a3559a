import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { workspaceFromArgv } from './open-requests';

describe('opening a workspace from the command line or a double-click', () => {
  const tempDir = useTempDir();

  it('finds the workspace among the arguments, relative to the launching folder', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'Shop.supplydesk'), '');
    fs.writeFileSync(path.join(dir, 'old.sqlite'), '');
    expect(workspaceFromArgv(['/opt/SupplyDesk/supplydesk', 'Shop.supplydesk'], dir)).toBe(path.join(dir, 'Shop.supplydesk'));
    expect(workspaceFromArgv(['SupplyDesk.exe', '--allow-file-access', path.join(dir, 'old.sqlite')], '/')).toBe(path.join(dir, 'old.sqlite'));
  });

  it('ignores the executable, flags, other files and files that do not exist', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'notes.txt'), '');
    expect(workspaceFromArgv(['/opt/SupplyDesk/supplydesk'], dir)).toBeNull();
    expect(workspaceFromArgv(['x', '--flag=a.supplydesk', 'notes.txt', 'missing.supplydesk'], dir)).toBeNull();
    fs.mkdirSync(path.join(dir, 'folder.supplydesk'));
    expect(workspaceFromArgv(['x', 'folder.supplydesk'], dir)).toBeNull();
  });
});
