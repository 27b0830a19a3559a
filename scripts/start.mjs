// `npm start`: the desktop app when the Electron binary is installed; otherwise
// says so plainly and starts the browser mode, so SupplyDesk runs on any machine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (electronBinary()) {
  run('npx', ['electron-vite', 'preview']);
} else {
  console.log(
    '\nThe Electron binary is not installed on this machine: it is downloaded on first use, and the download failed (above).\n' +
      'Starting SupplyDesk in browser mode instead: the same interface and the same services, in your browser.\n',
  );
  run('npm', ['run', 'start:browser', '--', ...process.argv.slice(2)]);
}
