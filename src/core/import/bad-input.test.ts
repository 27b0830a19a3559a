import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import type { Workspace } from '../db/workspace';
import { contentSnapshot, importFile, importWorkspace, writeText } from '../../../test/fixtures/import-workspace';
import type { ImportOptions } from './types';

/** The suite of files that must fail clearly and change nothing. */
describe('bad input', () => {
  const tempDir = useTempDir();

  async function withWorkspace(check: (ws: Workspace, dir: string) => Promise<void>) {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await importFile(ws.db, writeText(dir, 'seed.csv', 'sku,date,units\nSEED,2024-01-01,1\n'), { kind: 'sales' });
    const before = contentSnapshot(ws.db);
    await check(ws, dir);
    expect(contentSnapshot(ws.db)).toBe(before);
    ws.close();
  }

  /** `details`: what the UI words the refusal from (details.reason and its figures), in the user's language. */
  async function refused(file: string, message: RegExp, details: Record<string, unknown>, options: Partial<ImportOptions> = {}) {
    await withWorkspace(async (ws) => {
      const error = await importFile(ws.db, file, { kind: 'sales', ...options }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(message), details });
    });
  }

  async function aborted(file: string, problem: Record<string, unknown>, options: Partial<ImportOptions> = {}) {
    await withWorkspace(async (ws) => {
      const result = await importFile(ws.db, file, { kind: 'sales', onError: 'abort', ...options });
      expect(result.status).toBe('aborted');
      expect(result.problems.list.find((p) => p.severity === 'error')).toMatchObject(problem);
    });
  }

  it('an empty file', async () => {
    // Named as the user knows it: an upload's private folder never shows.
    await refused(writeText(tempDir(), 'empty.csv', ''), /^empty\.csv is empty \(0 bytes\): there is nothing to import\. Export the data again/, { file: 'empty.csv', reason: 'file_empty' });
    await refused(writeText(tempDir(), 'bom.csv', '', 'utf8bom'), /^bom\.csv holds no text/, { file: 'bom.csv', reason: 'file_bom_only' });
  });

  it('a header-only file', async () => {
    await refused(writeText(tempDir(), 'header.csv', 'sku,date,units\r\n\r\n'), /header\.csv has a header row but no data rows/, { file: 'header.csv', reason: 'file_header_only' });
  });

  it('a binary file renamed .csv', async () => {
    const file = path.join(tempDir(), 'photo.csv');
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array(500).fill(7)]));
    await refused(file, /photo\.csv is not a text or Excel file \(it contains binary data\)/, { file: 'photo.csv', reason: 'file_binary' });
    const xls = path.join(tempDir(), 'old.csv');
    fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await refused(xls, /old Excel \(\.xls\).*Save it as \.xlsx or CSV/, { file: 'old.csv', reason: 'file_old_excel' });
  });

  it('a truncated XLSX', async () => {
    const dir = tempDir();
    const whole = path.join(dir, 'whole.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sales');
    sheet.addRow(['sku', 'date', 'units']);
    for (let i = 0; i < 500; i++) sheet.addRow([`SKU-${i}`, '2024-01-01', i]);
    await workbook.xlsx.writeFile(whole);
    const bytes = fs.readFileSync(whole);
    const cut = path.join(dir, 'cut.xlsx');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await refused(cut, /cut\.xlsx could not be read as an Excel workbook: it is damaged or incomplete/, { file: 'cut.xlsx', reason: 'file_damaged_workbook' });
  });

  it('a wrong encoding', async () => {
    const file = writeText(tempDir(), 'gbk.csv', '商品编码,日期,销量\nA,2024-01-01,1\n', 'gb18030');
    await refused(file, /gbk\.csv is not valid UTF-8 text \(from about row 1\)\. Choose the encoding GB18030/, { file: 'gbk.csv', row: 1, encoding: 'UTF-8', reason: 'file_wrong_encoding' }, { encoding: 'utf8' });
    const utf8 = writeText(tempDir(), 'utf8.csv', '商品编码,日期,销量\nA,2024-01-01,1\n');
    await refused(utf8, /has no column for .*looks like UTF-8 but was read as GB18030/, { reason: 'file_looks_utf8' }, { encoding: 'gb18030' });
  });

  it('a 10 MB single field', async () => {
    const file = writeText(tempDir(), 'huge.csv', `sku,date,units\n"${'x'.repeat(10 * 1024 * 1024)}",2024-01-01,1\nB,2024-01-01,2\n`);
    await aborted(file, { row: 2, column: 'sku', code: 'value_too_long', message: 'A value of 10,485,760 characters is longer than a cell can be (32,767)' });
  });

  it('formulas in cells, in CSV and in XLSX', async () => {
    const csv = writeText(tempDir(), 'f.csv', 'sku,date,units\nA,2024-01-01,=1+2\n');
    await aborted(csv, { row: 2, column: 'units', code: 'formula', message: expect.stringMatching(/holds a spreadsheet formula \(=1\+2\)/) });
    const dir = tempDir();
    const xlsx = path.join(dir, 'f.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.addRow(['sku', 'date', 'units']);
    sheet.addRow(['A', '2024-01-01', { formula: 'SUM(C5:C9)' }]);
    await workbook.xlsx.writeFile(xlsx);
    await aborted(xlsx, { row: 2, column: 'units', code: 'formula' });
  });

  it('10,000 columns', async () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const row = Array.from({ length: 10_000 }, (_, i) => i).join(',');
    await refused(writeText(tempDir(), 'wide.csv', `${header}\n${row}\n`), /wide\.csv has 10,000 columns; SupplyDesk reads files of up to 1,000 columns/, { file: 'wide.csv', columns: 10_000, max: 1000, reason: 'file_too_many_columns' });
  });

  it('dates in the year 9999', async () => {
    const file = writeText(tempDir(), 'y.csv', 'sku,date,units\nA,2024-01-01,1\nB,9999-12-31,1\n');
    await aborted(file, { row: 3, column: 'date', code: 'date_out_of_range', message: 'Date: "9999-12-31" is outside the years 1950–2099; check the date' });
  });

  it('an unclosed quote', async () => {
    const file = writeText(tempDir(), 'q.csv', 'sku,date,units\nA,2024-01-01,1\n"B,2024-01-02,2\nC,2024-01-03,3\n');
    await aborted(file, { row: 3, code: 'bad_value', message: expect.stringMatching(/never closed/) });
  });

  it('a file without the columns the kind needs', async () => {
    await refused(writeText(tempDir(), 'x.csv', 'colour,size\nred,M\n'), /x\.csv has no column for SKU \(sku\), Date \(date\), Units sold \(units\).*"colour", "size"/, { file: 'x.csv', missing: ['sku', 'date', 'units'], reason: 'mapping_missing_fields' });
  });
});
