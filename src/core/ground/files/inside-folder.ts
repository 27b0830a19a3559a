import path from 'node:path';

/** Whether `candidate` lies strictly inside `folder` (both resolved; `..` cannot escape). */
export function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
