// `npm start`: the desktop app when the Electron binary is installed (or can be downloaded now);
// otherwise one plain line saying so, and the browser mode, so SupplyDesk runs on any machine.
// Build output is kept quiet and shown only when a build fails.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);
const windows = process.platform === 'win32';

/** The Electron binary's path when it is installed, without `require('electron')`, which downloads noisily. */
function installedElectron() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/** Electron downloads its binary on first use: try once, quietly; false when the download is not possible here. */
function downloadElectron() {
  const installer = path.join(electronDir, 'install.js');
  if (!fs.existsSync(installer)) return false;
  console.log('Downloading the Electron desktop shell (first start only)…');
  const result = spawnSync(process.execPath, [installer], { cwd: electronDir, stdio: 'pipe', timeout: 300_000 });
  return result.status === 0 && installedElectron() !== null;
}

/** Runs a build step with its output captured: nothing on success, all of it (and exit) on failure. */
function quietBuild(label, command, commandArgs) {
  process.stdout.write(`${label}… `);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'pipe', shell: windows, encoding: 'utf8' });
  if (result.status === 0) {
    process.stdout.write('done\n');
    return;
  }
  process.stdout.write('failed\n');
  process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}\n`);
  process.exit(result.status ?? 1);
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', shell: windows });
  const stop = (signal) => child.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (installedElectron() || downloadElectron()) {
  quietBuild('Building SupplyDesk', 'npx', ['electron-vite', 'build']);
  run('npx', ['electron-vite', 'preview', '--skipBuild']);
} else {
  console.log(
    'The Electron desktop shell is not installed and cannot be downloaded here, so SupplyDesk starts in browser mode: ' +
      'the same interface and services, in any browser on this machine (Chromium, Chrome, Edge, Firefox).',
  );
  quietBuild('Building the interface', 'npx', ['vite', 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn']);
  run('npx', ['tsx', 'src/server/start.ts', ...args]);
}
