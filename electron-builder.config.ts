import type { Configuration } from 'electron-builder';

/**
 * Installers: Windows NSIS, macOS dmg, Linux AppImage and deb (`npm run dist` builds the host's).
 * The renderer, main and preload are already bundled in `out/` by electron-vite; only runtime
 * packages of the main process come from node_modules. better-sqlite3 is shipped twice on
 * purpose: node_modules keeps the Node build (CLI, tests), and the Electron-ABI build made by
 * `scripts/build-electron-sqlite.mjs` travels as an extra resource that the main process loads
 * through `nativeBinding` (src/main/native-sqlite.ts). Nothing is rebuilt by electron-builder.
 */

/** Where the Electron build of better-sqlite3 is placed before packaging, and where it lands. */
export const NATIVE_SQLITE = { from: 'resources/native', to: 'native', files: ['better_sqlite3.node', 'better_sqlite3.json'] };

/**
 * Electron fuses, flipped in the packaged binary (before signing) so they cannot be undone by
 * an environment variable or a command-line flag:
 * - no `ELECTRON_RUN_AS_NODE` (the app binary is not a general-purpose Node; SupplyDesk's
 *   background work uses worker threads, which need no fork),
 * - no `NODE_OPTIONS` / `NODE_EXTRA_CA_CERTS`, no `--inspect` and no SIGUSR1 inspector,
 * - cookies encrypted on disk with the OS key store,
 * - the app's code only from `app.asar`, validated against its embedded hash (macOS, Windows),
 * - `file://` pages get no privileges beyond a browser's: the renderer is served from `app://`.
 */
export const ELECTRON_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const satisfies NonNullable<Configuration['electronFuses']>;

/** An unpacked Electron (or its zip's folder) for machines that cannot download it. */
const electronDist = process.env.SUPPLYDESK_ELECTRON_DIST || undefined;

const config: Configuration = {
  appId: 'app.supplydesk.desktop',
  productName: 'SupplyDesk',
  copyright: 'Copyright © SupplyDesk',
  electronVersion: '45.5.0',
  ...(electronDist ? { electronDist } : {}),
  directories: { output: 'dist', buildResources: 'resources' },
  files: [
    'out/**/*',
    'package.json',
    '!**/*.map',
    // The sources of better-sqlite3's Node build are not needed in the app.
    '!**/node_modules/better-sqlite3/{deps,src,build}/**',
    '!**/node_modules/**/*.{md,markdown,map}',
    '!**/node_modules/**/*.d.ts',
  ],
  extraResources: [{ from: NATIVE_SQLITE.from, to: NATIVE_SQLITE.to, filter: NATIVE_SQLITE.files }],
  // tfjs loads its .wasm files from disk by path: they cannot stay inside the asar archive.
  asarUnpack: ['**/node_modules/@tensorflow/tfjs-backend-wasm/dist/*.wasm'],
  electronFuses: ELECTRON_FUSES,
  npmRebuild: false,
  nodeGypRebuild: false,
  fileAssociations: [
    {
      ext: 'supplydesk',
      name: 'SupplyDesk workspace',
      description: 'SupplyDesk workspace',
      mimeType: 'application/x-supplydesk',
      role: 'Editor',
      icon: 'icon',
    },
  ],
  win: { target: ['nsis'], icon: 'resources/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false },
  mac: { target: ['dmg'], category: 'public.app-category.business', icon: 'resources/icon.png' },
  dmg: { title: 'SupplyDesk ${version}' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icons',
    maintainer: 'SupplyDesk <support@supplydesk.app>',
    synopsis: 'Offline supplier and inventory planning',
  },
  deb: { depends: ['libgtk-3-0', 'libnss3', 'libxss1', 'libasound2'] },
};

export default config;
