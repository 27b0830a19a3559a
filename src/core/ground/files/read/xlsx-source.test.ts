import path from 'node:path';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../../test/helpers/temp-dir';
import type { Cell } from './cell';
import { isDateFormat, readXlsxRows } from './xlsx-source';
import { ZipDirectory } from './zip-directory';

async function readAll(file: string, sheet?: string | number) {
  const rows: { cells: Cell[]; row: number }[] = [];
  const result = await readXlsxRows({ file, ...(sheet !== undefined ? { sheet } : {}) }, (cells, row) => rows.push({ cells, row }), () => true);
  return { ...result, rows };
}

async function partText(file: string, part: string): Promise<string> {
  const zip = await ZipDirectory.open(file);
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.open(part)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    zip.close();
  }
}

/** Chinese names of varying length, so character boundaries fall everywhere in the chunks. */
function chineseNames(count: number): string[] {
  const syllables = '深圳广州上海北京杭州南京成都重庆武汉西安苏州天津长沙郑州东莞青岛沈阳宁波昆明供应商品名称有限公司贸易电子科技服装食品饮料𠀀𠀁😀';
  const chars = Array.from(syllables);
  return Array.from({ length: count }, (_, i) => {
    let name = '';
    for (let k = 0; k < 6 + (i % 23); k++) name += chars[(i * 7 + k * 13) % chars.length];
    return `${name}第${i}号`;
  });
}

describe('reading XLSX with yauzl and saxes', () => {
  const tempDir = useTempDir();

  it('keeps every Chinese name whole across many zip and stream chunks, in shared and inline strings', async () => {
    const names = chineseNames(30_000);
    for (const useSharedStrings of [true, false]) {
      const file = path.join(tempDir(), `names-${String(useSharedStrings)}.xlsx`);
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings, useStyles: true });
      const sheet = workbook.addWorksheet('商品');
      sheet.addRow(['商品名称', '供应商', '数量']).commit();
      names.forEach((name, i) => sheet.addRow([name, names[(i * 31) % names.length], i]).commit());
      sheet.commit();
      await workbook.commit();

      const sheetXml = await partText(file, 'xl/worksheets/sheet1.xml');
      expect(sheetXml).toContain(useSharedStrings ? 't="s"' : 't="str"');
      const { rows, sheets, fingerprint } = await readAll(file);
      expect(sheets).toEqual(['商品']);
      expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(rows).toHaveLength(names.length + 1);
      expect(rows[0]!.cells).toEqual(['商品名称', '供应商', '数量']);
      for (let i = 0; i < names.length; i++) {
        const { cells, row } = rows[i + 1]!;
        if (row !== i + 2 || cells[0] !== names[i] || cells[1] !== names[(i * 31) % names.length] || cells[2] !== i) {
          expect({ row, cells }).toEqual({ row: i + 2, cells: [names[i], names[(i * 31) % names.length], i] });
        }
      }
    }
  });

  it('reads rich text runs whole, from the shared strings and from inline strings', async () => {
    for (const useSharedStrings of [true, false]) {
      const file = path.join(tempDir(), `rich-${String(useSharedStrings)}.xlsx`);
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings, useStyles: true });
      const sheet = workbook.addWorksheet('S');
      sheet.addRow([{ richText: [{ text: '深圳' }, { font: { bold: true }, text: '工厂' }, { text: ' & 1<2' }] }, 'plain 文本']).commit();
      sheet.commit();
      await workbook.commit();
      const sheetXml = await partText(file, 'xl/worksheets/sheet1.xml');
      expect(sheetXml).toContain(useSharedStrings ? 't="s"' : 't="inlineStr"');
      expect((await readAll(file)).rows[0]!.cells).toEqual(['深圳工厂 & 1<2', 'plain 文本']);
    }
  });

  it('leaves missing cells empty and keeps sheet row numbers', async () => {
    const file = path.join(tempDir(), 'gaps.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.addRow(['a', null, 'c']);
    sheet.getCell('D3').value = 4;
    sheet.getCell('B5').value = true;
    sheet.getCell('C5').value = { error: '#N/A' };
    await workbook.xlsx.writeFile(file);
    const { rows } = await readAll(file);
    expect(rows).toEqual([
      { row: 1, cells: ['a', null, 'c'] },
      { row: 3, cells: [null, null, null, 4] },
      { row: 5, cells: [null, true, '#N/A'] },
    ]);
  });

  it('gives dates as Dates (1900 and 1904 date systems) and numbers as numbers', async () => {
    const dates = [new Date(Date.UTC(2024, 0, 5)), new Date(Date.UTC(1999, 11, 31, 13, 45, 30)), new Date(Date.UTC(2030, 5, 30))];
    for (const date1904 of [false, true]) {
      const file = path.join(tempDir(), `dates-${String(date1904)}.xlsx`);
      const workbook = new ExcelJS.Workbook();
      workbook.properties.date1904 = date1904;
      const sheet = workbook.addWorksheet('S');
      for (const [i, date] of dates.entries()) {
        const row = sheet.addRow([date, date, 45292.5, 12.5, 7]);
        row.getCell(1).numFmt = ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'd-mmm-yy h:mm'][i]!;
        row.getCell(2).numFmt = 'mm-dd-yy';
        row.getCell(4).numFmt = '0.0 "days"';
        row.getCell(5).numFmt = '[Red]#,##0;[Blue]-#,##0';
      }
      await workbook.xlsx.writeFile(file);
      expect((await partText(file, 'xl/workbook.xml')).includes('date1904="1"')).toBe(date1904);
      const { rows } = await readAll(file);
      expect(rows.map((r) => r.cells)).toEqual(dates.map((date) => [date, date, 45292.5, 12.5, 7]));
    }
  });

  it('reads the built-in Chinese date formats (ids 27–36, 50–58) as dates, as Chinese Excel and WPS save them', async () => {
    const date = new Date(Date.UTC(2011, 2, 13, 10, 25));
    const file = path.join(tempDir(), 'zh-dates.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    const ids = [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58];
    const row = sheet.addRow([...ids.map(() => date), 7]);
    ids.forEach((_, i) => (row.getCell(i + 1).numFmt = `0.000${'0'.repeat(i)}`)); // one custom format per id, swapped below
    await workbook.xlsx.writeFile(file);
    // Chinese Excel names these formats by id alone, with no numFmt element: rewrite the styles so.
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    let styles = await zip.file('xl/styles.xml')!.async('string');
    const custom = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="0\.000(0*)"\/>/g)];
    expect(custom).toHaveLength(ids.length);
    for (const [element, id, zeros] of custom) {
      styles = styles.replace(element, '').replaceAll(`numFmtId="${id}"`, `numFmtId="${ids[zeros!.length]}"`);
    }
    zip.file('xl/styles.xml', styles);
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const { rows } = await readAll(file);
    expect(rows[0]!.cells).toEqual([...ids.map(() => date), 7]);
  });

  it('tells date formats from number formats', () => {
    for (const code of ['yyyy-mm-dd', 'm/d/yy', 'h:mm AM/PM', '[h]:mm:ss', 'yyyy"年"m"月"d"日"', '[$-804]yyyy/m/d', 'DD.MM.YYYY']) {
      expect(isDateFormat(code)).toBe(true);
    }
    for (const code of ['General', '0.00', '#,##0 "days"', '[Red]0.0', '0.00E+00', '_-* #,##0_-;-* #,##0_-', '0\\d', '@', '0"件"']) {
      expect(isDateFormat(code)).toBe(false);
    }
  });

  it('names the sheets when the one asked for is missing', async () => {
    const file = path.join(tempDir(), 'other.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').addRow(['x']);
    await workbook.xlsx.writeFile(file);
    await expect(readAll(file, 'Nope')).rejects.toThrow(/^other\.xlsx has no sheet "Nope"; choose one of its sheets: S$/);
  });
});
