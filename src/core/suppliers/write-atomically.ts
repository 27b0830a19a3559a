import fs from 'node:fs';

/** Writes to FILE.partial and renames, so a failed or cancelled export never leaves a half file under the real name. */
export async function writeAtomically(file: string, write: (partial: string) => Promise<void> | void): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await write(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
