import fs from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Node's built-in modules, bare (`fs`) and prefixed (`node:fs`): only core, main, the bridge and
 * the CLI run on Node. Bare names are exact paths: as patterns, `events` would also match `./events`.
 */
const nodeBuiltinPaths = builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: 'Node built-ins run only in core, main, the bridge and the CLI.' }));

/**
 * The floors inside src/core (docs/ARCHITECTURE.md), one list shared with the architecture test:
 * each folder may not import a folder above it. The test also follows dynamic imports and finds loops.
 */
const { core: coreFloors } = JSON.parse(fs.readFileSync(new URL('./scripts/architecture/floors.json', import.meta.url), 'utf8'));
const coreFolders = coreFloors.flatMap(({ floor, folders }, floorIndex) =>
  folders.map((folder, i) => ({ folder, floor, rank: floorIndex * 100 + (floor === 'domains' ? i : 0) })),
);
const coreLayerForbidden = ['**/main/**', '**/preload/**', '**/renderer/**', '**/server/**', '**/cli/**', 'electron', 'react', 'react-dom', 'antd'];
const coreFloorRules = coreFolders.map(({ folder, floor, rank }) => {
  const above = coreFolders.filter((other) => other.rank > rank && other.folder !== folder);
  return {
    files: [`src/core/${folder}/**`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: coreLayerForbidden, message: 'src/core is the pure domain: no Electron, UI, transports or CLI.' },
          ...(above.length > 0
            ? [{ group: above.map((other) => `**/${other.folder}/**`), message: `core/${folder} (${floor}) imports only its own folder and the floors below it: arrows point down.` }]
            : []),
        ],
      }],
    },
  };
});

/** Which layer may import what (docs/ARCHITECTURE.md): enforced here, not by review. */
const layerRules = [
  {
    files: ['src/shared/**'],
    forbidden: ['**/core/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/server/**', '**/cli/**', 'electron', 'react', 'node:*'], noNode: true,
    message: 'src/shared is the API contract: zod only.',
  },
  {
    files: ['src/core/**'],
    forbidden: ['**/main/**', '**/preload/**', '**/renderer/**', '**/server/**', '**/cli/**', 'electron', 'react', 'react-dom', 'antd'],
    message: 'src/core is the pure domain: no Electron, UI, transports or CLI.',
  },
  {
    files: ['src/renderer/**'],
    forbidden: ['**/core/**', '**/main/**', '**/preload/**', '**/server/**', '**/cli/**', 'electron', 'better-sqlite3', 'node:*'], noNode: true,
    message: 'The renderer talks to the back end only through the contract in src/shared.',
  },
  {
    files: ['src/preload/**'],
    forbidden: ['**/core/**', '**/main/**', '**/renderer/**', '**/server/**', '**/cli/**', 'node:*'], noNode: true,
    message: 'The preload only bridges IPC, built from the contract.',
  },
  {
    files: ['src/main/**'],
    forbidden: ['**/renderer/**', '**/preload/**', '**/cli/**'],
    message: 'Main hosts core and the contract, never the UI code.',
  },
  {
    files: ['src/server/**', 'src/cli/**'],
    forbidden: ['**/renderer/**', '**/main/**', '**/preload/**', 'electron'],
    message: 'The bridge and the CLI run on core and the contract only.',
  },
].map(({ files, forbidden, message, noNode }) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }], ...(noNode ? { paths: nodeBuiltinPaths } : {}) }],
  },
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx,mjs}'],
    rules: {
      // A module named in a string the rules can read: no computed dynamic imports.
      'no-restricted-syntax': ['error', {
        selector: "ImportExpression[source.type!='Literal']",
        message: 'Name the module of a dynamic import literally, so the import rules can check it.',
      }],
    },
  },
  ...layerRules,
  // After the layer rules: for core files these replace the core rule with core's rule plus its floor.
  ...coreFloorRules,
);
