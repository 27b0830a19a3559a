import path from 'node:path';

/**
 * A file as messages name it: the user's own file name, never the folder it sits in (an upload
 * lands in a private folder such as `<home>/uploads/<random>/`, which means nothing to the user).
 */
export function shownName(file: string): string {
  return path.basename(file);
}
