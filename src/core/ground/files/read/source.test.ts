import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../../test/helpers/temp-dir';
import type { Cell } from './cell';
import { openSource } from './source';

async function readAll(file: string, options = {}) {
  const source = await openSource(file, options);
  const rows: { cells: Cell[]; row: number }[] = [];
  const fingerprint = await source.read((cells, row) => rows.push({ cells, row }), () => true);
  return { info: source.info, rows, fingerprint };
}

describe('reading files', () => {
  const tempDir = useTempDir();

  it('reads UTF-8, UTF-8 with BOM and GB18030 alike', async () => {
    const dir = tempDir();
    const text = '商品编码,供应商\nA-1,深圳工厂\n';
    fs.writeFileSync(path.join(dir, 'u.csv'), text);
    fs.writeFileSync(path.join(dir, 'b.csv'), `\ufeff${text}`);
    fs.writeFileSync(path.join(dir, 'g.csv'), iconv.encode(text, 'gb18030'));
    const encodings: string[] = [];
    for (const name of ['u.csv', 'b.csv', 'g.csv']) {
      const { info, rows } = await readAll(path.join(dir, name));
      encodings.push(info.encoding!);
      expect(rows.map((r) => r.cells)).toEqual([['商品编码', '供应商'], ['A-1', '深圳工厂']]);
    }
    expect(encodings).toEqual(['utf8', 'utf8', 'gb18030']);
  });

  it('finds GBK text that starts far below an ASCII head', async () => {
    const file = path.join(tempDir(), 'late.csv');
    const ascii = Array.from({ length: 5000 }, (_, i) => `SKU-${i},${i}`).join('\n');
    fs.writeFileSync(file, iconv.encode(`sku,qty\n${ascii}\n最后一行,1\n`, 'gb18030'));
    const { info, rows } = await readAll(file);
    expect(info.encoding).toBe('gb18030');
    expect(rows.at(-1)!.cells).toEqual(['最后一行', '1']);
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', async () => {
    const file = path.join(tempDir(), 'u16.txt');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('sku\tqty\nA\t1\n', 'utf16le')]));
    const { info, rows } = await readAll(file);
    expect([info.encoding, info.delimiter]).toEqual(['utf16le', '\t']);
    expect(rows[1]!.cells).toEqual(['A', '1']);
  });

  it("follows Excel's sep= line", async () => {
    const file = path.join(tempDir(), 'sep.csv');
    fs.writeFileSync(file, 'sep=;\nsku;name,with comma\nA;x,y\n');
    const { info, rows } = await readAll(file);
    expect(info.delimiter).toBe(';');
    expect(rows[1]!.cells).toEqual(['sku', 'name,with comma']);
  });

  it('fingerprints the bytes', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.csv'), 'a,b\n1,2\n');
    fs.writeFileSync(path.join(dir, 'b.csv'), 'a,b\n1,2\n');
    fs.writeFileSync(path.join(dir, 'c.csv'), 'a,b\n1,3\n');
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((n) => readAll(path.join(dir, `${n}.csv`))));
    expect(a!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(a!.fingerprint).toBe(b!.fingerprint);
    expect(a!.fingerprint).not.toBe(c!.fingerprint);
  });

  it('reads the chosen sheet of a workbook with real row numbers, dates and formula results', async () => {
    const file = path.join(tempDir(), 'book.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['read me']);
    const sheet = workbook.addWorksheet('销售');
    sheet.addRow(['销售日报 2024年1月']);
    sheet.addRow([]);
    sheet.addRow(['商品编码', '日期', '销量']);
    sheet.addRow(['A-1', new Date(Date.UTC(2024, 0, 5)), { formula: '1+2', result: 3 }]);
    sheet.addRow([{ richText: [{ text: 'B-' }, { text: '2' }] }, 45292, { formula: 'C4*2' }]);
    await workbook.xlsx.writeFile(file);

    const { info, rows, fingerprint } = await readAll(file, { sheet: '销售' });
    expect(info.format).toBe('xlsx');
    expect(info.sheets).toEqual(['Notes', '销售']);
    expect(info.sheet).toBe('销售');
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.map((r) => r.row)).toEqual([1, 3, 4, 5]);
    expect(rows[2]!.cells).toEqual(['A-1', new Date(Date.UTC(2024, 0, 5)), 3]);
    expect(rows[3]!.cells).toEqual(['B-2', 45292, '=C4*2']);
    expect((await readAll(file, { sheet: 1 })).rows).toHaveLength(4);
    expect((await readAll(file)).info.sheet).toBe('Notes');
    await expect(readAll(file, { sheet: 'Missing' })).rejects.toThrow(/no sheet "Missing".*Notes, 销售/);
  });

  it('keeps Chinese text whole across the chunks of a large workbook', async () => {
    const file = path.join(tempDir(), 'big.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('商品');
    const names = Array.from({ length: 6000 }, (_, i) => `深圳市南山区供应商商品名称第${i}号`);
    for (const name of names) sheet.addRow([name]);
    await workbook.xlsx.writeFile(file);
    for (let round = 0; round < 5; round++) {
      const { rows } = await readAll(file);
      expect(rows.map((r) => r.cells[0])).toEqual(names);
    }
  });
});
