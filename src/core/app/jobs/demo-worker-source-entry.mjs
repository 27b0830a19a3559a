// Starts the lean demo-history worker straight from TypeScript sources (CLI, browser mode, tests).
import { register } from 'tsx/esm/api';

register();
await import('./demo-worker.ts');
