// Builds better-sqlite3 for Electron's ABI into resources/native/ (an extra resource of the
// installer), leaving node_modules/better-sqlite3 built for Node for the CLI and tests.
// Needs the network: prebuild-install downloads a prebuilt binary for Electron from GitHub,
// and node-gyp (the fallback) downloads Electron's headers. Run on the machine that builds installers.
//   node scripts/build-electron-sqlite.mjs [--arch x64|arm64] [--force]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const archIndex = process.argv.indexOf('--arch');
const arch = archIndex > 0 ? process.argv[archIndex + 1] : process.arch;
const outDir = path.join(root, 'resources/native');
const target = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'better_sqlite3.json');

// Electron 45 = ABI 150 (node-abi's table); kept here so no extra package is needed.
const ELECTRON_ABI = { 45: '150' };
const abi = ELECTRON_ABI[Number(electronVersion.split('.')[0])];
if (!abi) throw new Error(`Unknown ABI for Electron ${electronVersion}: add it to ELECTRON_ABI`);

const wanted = { runtime: 'electron', target: electronVersion, abi, platform: process.platform, arch };
if (!process.argv.includes('--force') && fs.existsSync(target) && fs.existsSync(stampFile)) {
  const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  if (JSON.stringify(stamp) === JSON.stringify(wanted)) {
    console.log(`resources/native already holds better-sqlite3 for Electron ${electronVersion} (${process.platform}-${arch})`);
    process.exit(0);
  }
}

// Work on a copy, so node_modules keeps its Node build.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-sqlite-'));
const pkg = path.join(work, 'better-sqlite3');
fs.cpSync(path.join(root, 'node_modules/better-sqlite3'), pkg, { recursive: true });
fs.rmSync(path.join(pkg, 'build'), { recursive: true, force: true });
// An npm config `nodedir` would make node-gyp build for Node while claiming Electron: clear it.
const env = { ...process.env, npm_config_nodedir: '', npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: 'https://electronjs.org/headers' };
const run = (command, args) => execFileSync(command, args, { cwd: pkg, stdio: 'inherit', env, shell: process.platform === 'win32' });
try {
  run('npx', ['--yes', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion, '--arch', arch]);
} catch {
  console.log('No prebuilt binary: building from source with node-gyp against Electron headers');
  run('npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers', '--nodedir=']);
}
fs.mkdirSync(outDir, { recursive: true });
fs.copyFileSync(path.join(pkg, 'build/Release/better_sqlite3.node'), target);
fs.writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
fs.rmSync(work, { recursive: true, force: true });
console.log(`Wrote ${path.relative(root, target)} for Electron ${electronVersion} (ABI ${abi}, ${process.platform}-${arch})`);
