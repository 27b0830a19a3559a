import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors/app-error';
import type { Cell, RowHandler } from './cell';
import type { ChunkCallback } from './csv-source';
import { ZipDirectory } from './zip-directory';

/** Rows between progress/cancellation checks: exceljs hands rows one by one. */
const ROWS_PER_CHECK = 2_000;

export interface XlsxReadPlan {
  file: string;
  /** Sheet name or 0-based index; the first visible sheet when left out. */
  sheet?: string | number;
}

export interface XlsxReadResult {
  fingerprint: string | null;
  sheets: string[];
  sheet: string | null;
}

interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
}

/**
 * The parts of exceljs's streaming WorkbookReader used here (exceljs 4.4.0, pinned).
 * Its own read() takes zip entries in stored order, which loses trailing parts when the
 * workbook part comes last (exceljs issue #3064); feeding it the parts ourselves, read
 * through the zip directory, avoids that and lets us skip the sheets nobody asked for.
 */
interface WorkbookParts {
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Iterator<{ value: SheetReader }>;
}

interface SheetPart {
  name: string;
  path: string;
  hidden: boolean;
}

/** Stream the rows of one sheet of a workbook; memory holds the shared strings, not the sheet. */
export async function readXlsxRows(plan: XlsxReadPlan, onRow: RowHandler, onChunk: ChunkCallback): Promise<XlsxReadResult> {
  const fileBytes = fs.statSync(plan.file).size;
  let zip: ZipDirectory;
  try {
    zip = ZipDirectory.open(plan.file);
  } catch (error) {
    throw damagedWorkbook(plan.file, error);
  }
  if (!zip.has('xl/workbook.xml')) {
    throw new AppError('invalid_input', `${plan.file} is a zip file but not an Excel workbook (it has no sheets)`, { file: plan.file, row: 0 });
  }
  let sheets: SheetPart[] = [];
  let stopped = false;
  let chosen: SheetPart | undefined;
  try {
    const workbook = await readWorkbookParts(zip);
    sheets = sheetParts(workbook, zip);
    chosen = pickSheet(sheets, plan.sheet);
    if (!chosen) {
      const names = sheets.map((s) => s.name);
      throw new AppError('invalid_input', `${plan.file} has no sheet "${String(plan.sheet)}"; its sheets are ${names.join(', ')}`, { file: plan.file, sheets: names });
    }
    const size = zip.entries.get(chosen.path)!.size || 1;
    let seen = 0;
    const text = zip.openText(chosen.path);
    async function* counted(): AsyncIterable<string> {
      for await (const chunk of text as AsyncIterable<string>) {
        seen += chunk.length;
        yield chunk;
      }
    }
    try {
      const sheet = workbook._parseWorksheet(counted(), sheetNumber(chosen.path)).next().value.value;
      sheet.name = chosen.name;
      stopped = !(await readSheet(sheet, onRow, () => onChunk(Math.min(fileBytes, Math.round((fileBytes * seen) / size)))));
    } finally {
      text.destroy();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw damagedWorkbook(plan.file, error);
  }
  return { fingerprint: stopped ? null : await sha256(plan.file), sheets: sheets.map((s) => s.name), sheet: chosen.name };
}

async function readWorkbookParts(zip: ZipDirectory): Promise<WorkbookParts> {
  const options = { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' } as const;
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(undefined as unknown as string, options) as unknown as WorkbookParts;
  if (zip.has('xl/_rels/workbook.xml.rels')) await workbook._parseRels(zip.openText('xl/_rels/workbook.xml.rels'));
  await workbook._parseWorkbook(zip.openText('xl/workbook.xml'));
  if (zip.has('xl/styles.xml')) await workbook._parseStyles(zip.openText('xl/styles.xml'));
  if (zip.has('xl/sharedStrings.xml')) {
    for await (const _ of workbook._parseSharedStrings(zip.openText('xl/sharedStrings.xml'))) void _;
  }
  return workbook;
}

/** Worksheets in workbook order, with the zip part each lives in (chart sheets left out). */
function sheetParts(workbook: WorkbookParts, zip: ZipDirectory): SheetPart[] {
  const rels = new Map((workbook.workbookRels ?? []).map((r) => [r.Id, r.Target]));
  const parts: SheetPart[] = [];
  (workbook.model?.sheets ?? []).forEach((sheet, index) => {
    const target = rels.get(sheet.rId);
    const path = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : `xl/worksheets/sheet${index + 1}.xml`;
    if (zip.has(path) && path.includes('worksheets/')) parts.push({ name: sheet.name, path, hidden: (sheet.state ?? 'visible') !== 'visible' });
  });
  return parts;
}

function pickSheet(sheets: SheetPart[], wanted: string | number | undefined): SheetPart | undefined {
  if (wanted === undefined) return sheets.find((s) => !s.hidden) ?? sheets[0];
  if (typeof wanted === 'number') return sheets[wanted];
  return sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
}

function sheetNumber(path: string): string {
  return /(\d+)\.xml$/.exec(path)?.[1] ?? '1';
}

/** Returns false when the caller asked to stop early. */
async function readSheet(sheet: SheetReader, onRow: RowHandler, check: () => boolean | void): Promise<boolean> {
  let sinceCheck = 0;
  for await (const row of sheet) {
    onRow(rowCells(row.values), row.number, null);
    if (++sinceCheck >= ROWS_PER_CHECK) {
      sinceCheck = 0;
      if (check() === false) return false;
    }
  }
  return check() !== false;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** exceljs rows are 1-based sparse arrays of rich values; flatten them to plain cells. */
function rowCells(values: ExcelJS.Row['values']): Cell[] {
  const list = Array.isArray(values) ? values : Object.values(values);
  const cells: Cell[] = new Array<Cell>(Math.max(0, list.length - 1)).fill(null);
  for (let i = 1; i < list.length; i++) cells[i - 1] = plainCell(list[i]);
  return cells;
}

export function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) {
      // A saved result is what the user saw; without one we cannot know the value.
      if (v.result !== undefined && v.result !== null && typeof v.result !== 'object') return plainCell(v.result);
      if (v.result instanceof Date) return v.result;
      return `=${String(v.formula ?? v.sharedFormula)}`;
    }
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('text' in v) return plainCell(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}

function damagedWorkbook(file: string, error: unknown): AppError {
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError(
    'invalid_input',
    `${file} could not be read as an Excel workbook: it is damaged or incomplete (${reason}). Open it in Excel and save it again`,
    { file, row: 0, cause: reason },
  );
}
