import fs from 'node:fs';

/**
 * Every user file the product writes goes through here: the content goes to FILE.partial, which is
 * renamed over FILE only when complete, so a failed or cancelled export never leaves a half file
 * under the real name (and never destroys an earlier good one).
 */
export async function writeAtomically(file: string, write: (partial: string) => Promise<void> | void): Promise<void> {
  const partial = partialName(file);
  try {
    await write(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** writeAtomically for writers that must not yield to the event loop (rows streamed from an open statement). */
export function writeAtomicallySync<T>(file: string, write: (partial: string) => T): T {
  const partial = partialName(file);
  try {
    const result = write(partial);
    fs.renameSync(partial, file);
    return result;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** Text written whole: UTF-8, atomically. */
export async function writeTextAtomically(file: string, text: string): Promise<void> {
  await writeAtomically(file, (partial) => fs.writeFileSync(partial, text, 'utf8'));
}

function partialName(file: string): string {
  return `${file}.partial`;
}
