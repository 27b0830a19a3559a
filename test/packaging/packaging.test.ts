import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import config, { NATIVE_SQLITE } from '../../electron-builder.config';
import { electronSqliteBinding, NATIVE_SQLITE_DIR, NATIVE_SQLITE_FILE, NATIVE_SQLITE_STAMP } from '../../src/main/native-sqlite';
import { useTempDir } from '../helpers/temp-dir';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
// The very matcher electron-builder applies to `files`.
const { minimatch } = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'))('minimatch') as {
  minimatch: (file: string, pattern: string, options?: { dot?: boolean }) => boolean;
};

/** electron-builder's rule: app files must match a pattern; node_modules come in unless a `!` pattern excludes them. */
function packaged(file: string): boolean {
  const patterns = config.files as string[];
  const excluded = patterns.filter((p) => p.startsWith('!')).some((p) => minimatch(file, p.slice(1), { dot: true }));
  if (excluded) return false;
  if (file.startsWith('node_modules/')) return true;
  return patterns.filter((p) => !p.startsWith('!')).some((p) => minimatch(file, p, { dot: true }));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('packaging: electron-builder configuration', () => {
  const tempDir = useTempDir();
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('builds NSIS, dmg, AppImage and deb for SupplyDesk, with nothing rebuilt', () => {
    expect(config.appId).toBe('app.supplydesk.desktop');
    expect(config.productName).toBe('SupplyDesk');
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    const electron = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(config.electronVersion).toBe(electron.version);
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.config.ts');
    expect(pkg.scripts.dist).toContain('scripts/build-electron-sqlite.mjs');
  });

  it('has real icons: a 1024 px PNG for Windows and macOS, a set of sizes for Linux', () => {
    expect(pngSize(path.join(root, config.win!.icon as string))).toEqual({ width: 1024, height: 1024 });
    expect(config.mac!.icon).toBe(config.win!.icon);
    const linuxIcons = path.join(root, config.linux!.icon as string);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(path.join(linuxIcons, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('flips the Electron fuses: no run-as-Node, NODE_OPTIONS or inspector; encrypted cookies; code only from a validated asar', async () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The fuses need the asar archive: without it OnlyLoadAppFromAsar would leave no app to load.
    expect(config.asar).not.toBe(false);
    // What electron-builder hands to @electron/fuses, through its own translation of the option.
    const require = createRequire(import.meta.url);
    const { PlatformPackager } = require('app-builder-lib') as {
      PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string | number, unknown>> } };
    };
    const { FuseV1Options, FuseVersion } = require(require.resolve('@electron/fuses', { paths: [require.resolve('app-builder-lib')] })) as {
      FuseV1Options: Record<string, number>;
      FuseVersion: Record<string, string>;
    };
    const wire = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
    expect(wire).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode!]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable!]: false,
      [FuseV1Options.EnableNodeCliInspectArguments!]: false,
      [FuseV1Options.EnableCookieEncryption!]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]: true,
      [FuseV1Options.OnlyLoadAppFromAsar!]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges!]: false,
    });
  });

  it('opens .supplydesk files with SupplyDesk', () => {
    const associations = [config.fileAssociations].flat();
    expect(associations).toContainEqual(expect.objectContaining({ ext: 'supplydesk', name: 'SupplyDesk workspace', role: 'Editor' }));
  });

  it('packs the built app and leaves sources, tests and source maps out', () => {
    for (const file of [pkg.main, 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json', 'node_modules/better-sqlite3/lib/database.js']) {
      expect(packaged(file), file).toBe(true);
    }
    for (const file of [
      'src/core/db/workspace.ts',
      'src/main/index.ts',
      'test/integration/api-backup.test.ts',
      'bench/plan.bench.ts',
      'out/main/index.js.map',
      'resources/native/better_sqlite3.node',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/zod/README.md',
    ]) {
      expect(packaged(file), file).toBe(false);
    }
    expect(config.asarUnpack).toContain('**/node_modules/@tensorflow/tfjs-backend-wasm/dist/*.wasm');
  });

  it('ships the Electron build of better-sqlite3 exactly where the main process looks for it', () => {
    const project = tempDir();
    const from = path.join(project, NATIVE_SQLITE.from);
    fs.mkdirSync(from, { recursive: true });
    fs.writeFileSync(path.join(from, NATIVE_SQLITE_FILE), 'binary');
    const stamp = { runtime: 'electron', target: '45.5.0', abi: '150', platform: 'linux', arch: 'x64' };
    fs.writeFileSync(path.join(from, NATIVE_SQLITE_STAMP), JSON.stringify(stamp));

    // Lay the extra resource out the way electron-builder does: <resources>/<to>/<filtered files>.
    const [extra] = [config.extraResources].flat() as { from: string; to: string; filter: string[] }[];
    const resources = path.join(project, 'resources-out');
    fs.mkdirSync(path.join(resources, extra!.to), { recursive: true });
    for (const file of fs.readdirSync(path.join(project, extra!.from))) {
      if (extra!.filter.some((pattern) => minimatch(file, pattern))) fs.copyFileSync(path.join(project, extra!.from, file), path.join(resources, extra!.to, file));
    }
    expect(extra!.to).toBe(NATIVE_SQLITE_DIR);
    expect(electronSqliteBinding(resources, true, { abi: '150', platform: 'linux', arch: 'x64' })).toBe(
      path.join(resources, NATIVE_SQLITE_DIR, NATIVE_SQLITE_FILE),
    );
    // Built for another Electron or machine: a clear refusal, not a crash deep in SQLite.
    expect(() => electronSqliteBinding(resources, true, { abi: '143', platform: 'linux', arch: 'x64' })).toThrow(/built for electron 45\.5\.0 \(ABI 150/);
    expect(() => electronSqliteBinding(resources, true, { abi: '150', platform: 'win32', arch: 'x64' })).toThrow(/linux-x64/);
    expect(() => electronSqliteBinding(path.join(project, 'empty'), true)).toThrow(/missing its database engine/);
    // In development node_modules is used as it is.
    expect(electronSqliteBinding(resources, false)).toBeNull();
  });

  it('takes a local Electron from SUPPLYDESK_ELECTRON_DIST where it cannot be downloaded', async () => {
    expect(config.electronDist).toBeUndefined();
    vi.stubEnv('SUPPLYDESK_ELECTRON_DIST', '/opt/electron-45.5.0-linux-x64');
    vi.resetModules();
    const fresh = (await import('../../electron-builder.config')).default;
    expect(fresh.electronDist).toBe('/opt/electron-45.5.0-linux-x64');
  });

  it('keeps build and test tools out of dependencies, and every package the main process loads in them', () => {
    const both = Object.keys(pkg.dependencies).filter((name) => name in pkg.devDependencies);
    expect(both).toEqual([]);
    for (const tool of ['electron', 'electron-builder', 'electron-vite', 'vite', 'vitest', 'typescript', 'tsx', '@playwright/test']) {
      expect(pkg.dependencies, tool).not.toHaveProperty(tool);
    }
    // Main, core and the contract are not bundled with their packages: they load them from node_modules.
    const imported = new Set<string>();
    for (const folder of ['src/main', 'src/core', 'src/shared']) {
      for (const file of fs.readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })) {
        if (!/\.ts$/.test(file) || /\.test\.ts$/.test(file)) continue;
        const text = fs.readFileSync(path.join(root, folder, file), 'utf8');
        for (const match of text.matchAll(/^import [^'"]*['"]([^./'"][^'"]*)['"]/gm)) {
          const spec = match[1]!;
          if (spec.startsWith('node:') || spec === 'electron' || match[0].startsWith('import type')) continue;
          imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        }
      }
    }
    expect([...imported].filter((name) => !(name in pkg.dependencies))).toEqual([]);
    expect(imported).toContain('better-sqlite3');
    // The renderer's packages are bundled into its chunks by Vite: shipping them again only bloats the app.
    for (const rendererOnly of ['react', 'react-dom', 'antd', 'ag-grid-react', 'echarts', 'zustand']) {
      expect(pkg.dependencies, rendererOnly).not.toHaveProperty(rendererOnly);
    }
  });
});
