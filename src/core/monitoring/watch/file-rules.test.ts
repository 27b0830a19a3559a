import { describe, expect, it } from 'vitest';
import { checkCompleteness, isIgnoredName } from './file-rules';

describe('which files a watched folder imports', () => {
  it('ignores temporary, lock and hidden names', () => {
    for (const name of ['a.csv.part', 'a.crdownload', 'a.tmp', 'A.TMP', '~$Book.xlsx', '.DS_Store', '.a.csv', 'a.csv~', 'a.partial']) {
      expect(isIgnoredName(name), name).toBe(true);
    }
    for (const name of ['sales 2026-06-01.csv', 'stock.xlsx', 'part.csv', 'tmp-sales.csv']) expect(isIgnoredName(name), name).toBe(false);
  });

  it('takes a CSV as whole when it ends a line, or its last line has every field', () => {
    expect(checkCompleteness(Buffer.from('sku,date,units\nA,2026-01-01,3\n'))).toEqual({ complete: true });
    expect(checkCompleteness(Buffer.from('sku,date,units\r\nA,2026-01-01,3'))).toEqual({ complete: true });
    expect(checkCompleteness(Buffer.from('sku;date;units\nA;2026-01-01;3\nB;2026-01'))).toMatchObject({ complete: false, why: 'the last line has 2 of 3 fields' });
    expect(checkCompleteness(Buffer.from('sku,name\nA,"Tea, green\nstill writing'))).toMatchObject({ complete: false });
    expect(checkCompleteness(Buffer.from(''))).toMatchObject({ complete: false, why: 'the file is empty' });
  });

  it('reads UTF-16 files by their BOM', () => {
    const cut = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('sku\tunits\nA\t3\nB', 'utf16le')]);
    expect(checkCompleteness(cut)).toMatchObject({ complete: false });
    const whole = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('sku\tunits\nA\t3\n', 'utf16le')]);
    expect(checkCompleteness(whole)).toEqual({ complete: true });
  });

  it('takes a workbook as whole only once its zip directory is written', () => {
    const start = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    expect(checkCompleteness(start)).toMatchObject({ complete: false });
    const end = Buffer.concat([start, Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
    expect(checkCompleteness(end)).toEqual({ complete: true });
  });
});
