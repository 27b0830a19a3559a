import fs from 'node:fs';
import { writerNotePath } from '../../../db/write-lock';
import { stockSideFile } from '../../../demo/stock-side-file';

/** Where a demo is written until it is complete, beside the path it is then moved to. */
export function partialDemoPath(finalPath: string): string {
  return `${finalPath}.partial`;
}

/** Removes a half-written demo: the file, SQLite's companions, the writer's note and the stock side file. */
export function removePartialDemo(partial: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
  const note = writerNotePath(partial);
  if (note) fs.rmSync(note, { force: true });
  fs.rmSync(stockSideFile(partial), { force: true });
}
