// Starts the lean forecast-chunk worker straight from TypeScript sources (CLI, browser mode, tests).
import { register } from 'tsx/esm/api';

register();
await import('./chunk-worker.ts');
