// Starts the lean read worker straight from TypeScript sources (CLI, browser mode, tests).
// The Electron build passes its bundled general worker, which serves reads too.
import { register } from 'tsx/esm/api';

register();
await import('./read-worker-main.ts');
