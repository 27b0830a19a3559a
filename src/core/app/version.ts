import fs from 'node:fs';

/** The version in package.json, read from the sources (CLI and browser mode run from them). */
export function packageVersion(): string {
  const file = new URL('../../../package.json', import.meta.url);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}
