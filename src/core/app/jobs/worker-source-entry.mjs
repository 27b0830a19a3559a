// Starts the job worker straight from TypeScript sources (CLI, browser mode, tests).
// The Electron build bundles worker.ts instead and never loads this file.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
