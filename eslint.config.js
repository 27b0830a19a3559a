import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Which layer may import what (ARCHITECTURE.md): enforced here, not by review. */
const layerRules = [
  {
    files: ['src/shared/**'],
    forbidden: ['**/core/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/server/**', '**/cli/**', 'electron', 'react', 'node:*'],
    message: 'src/shared is the API contract: zod only.',
  },
  {
    files: ['src/core/**'],
    forbidden: ['**/main/**', '**/preload/**', '**/renderer/**', '**/server/**', '**/cli/**', 'electron', 'react', 'react-dom', 'antd'],
    message: 'src/core is the pure domain: no Electron, UI, transports or CLI.',
  },
  {
    files: ['src/renderer/**'],
    forbidden: ['**/core/**', '**/main/**', '**/preload/**', '**/server/**', '**/cli/**', 'electron', 'node:*', 'better-sqlite3'],
    message: 'The renderer talks to the back end only through the contract in src/shared.',
  },
  {
    files: ['src/preload/**'],
    forbidden: ['**/core/**', '**/main/**', '**/renderer/**', '**/server/**', '**/cli/**', 'node:*'],
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
].map(({ files, forbidden, message }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }] },
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
  ...layerRules,
);
