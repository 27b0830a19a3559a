import os from 'node:os';
import path from 'node:path';

/** Where the CLI and browser mode keep preferences and workspaces; SUPPLYDESK_HOME overrides it. */
export function defaultHome(): string {
  return process.env.SUPPLYDESK_HOME || path.join(os.homedir(), '.supplydesk');
}
