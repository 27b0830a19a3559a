import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { writeAtomically, writeAtomicallySync, writeTextAtomically } from './write-atomically';

describe('atomic writes', () => {
  const tempDir = useTempDir();

  it('replaces the file only when the write completes; a failed write keeps the old file and leaves no partial', async () => {
    const file = path.join(tempDir(), 'export.csv');
    await writeTextAtomically(file, 'first\n');
    await expect(
      writeAtomically(file, (partial) => {
        fs.writeFileSync(partial, 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(() =>
      writeAtomicallySync(file, (partial) => {
        fs.writeFileSync(partial, 'half');
        throw new Error('cancelled');
      }),
    ).toThrow('cancelled');
    expect(fs.readFileSync(file, 'utf8')).toBe('first\n');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['export.csv']);
    expect(writeAtomicallySync(file, (partial) => (fs.writeFileSync(partial, 'second'), 2))).toBe(2);
    expect(fs.readFileSync(file, 'utf8')).toBe('second');
  });
});
