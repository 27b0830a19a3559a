import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { exportedFile, exportFilePath, findExport, safeFileName } from './exports-folder';

describe('exports folder', () => {
  const tempDir = useTempDir();

  it('keeps names readable but never a path', () => {
    expect(safeFileName('供应商 A / 2026:11.xlsx')).toBe('供应商 A _ 2026_11.xlsx');
    expect(safeFileName('..\\..\\boot.ini')).toBe('__.._boot.ini');
    expect(safeFileName('a\u0000b\nc.csv')).toBe('a_b_c.csv');
    expect(safeFileName('   ')).toBe('export');
  });

  it('never replaces an earlier export of the same name', () => {
    const home = tempDir();
    const first = exportFilePath({ home }, 'plan.csv');
    fs.writeFileSync(first, 'one');
    const second = exportFilePath({ home }, 'plan.csv');
    expect(path.basename(second)).toBe('plan (2).csv');
    fs.writeFileSync(second, 'two');
    expect(exportedFile(second)).toEqual({ fileName: 'plan (2).csv', path: second, bytes: 3 });
    expect(findExport(home, 'plan.csv')).toBe(first);
  });

  it('finds only plain files directly in the folder', () => {
    const home = tempDir();
    fs.writeFileSync(exportFilePath({ home }, 'a.csv'), 'x');
    fs.writeFileSync(path.join(home, 'outside.csv'), 'x');
    expect(findExport(home, '../outside.csv')).toBeNull();
    expect(findExport(home, 'missing.csv')).toBeNull();
    expect(findExport(home, 'a.csv')).not.toBeNull();
  });
});
