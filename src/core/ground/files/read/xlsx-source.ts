import { createHash } from 'node:crypto';
import { shownName } from './shown-name';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../../errors/app-error';
import type { Cell, RowHandler } from './cell';
import type { ChunkCallback } from './csv-source';
import { MAX_ROW_FIELDS, type InflateLimits } from './limits';
import { formatBytes, ZipDirectory, ZipEncryptedError, ZipTooLargeError } from './zip-directory';

/** Rows between progress/cancellation checks. */
const ROWS_PER_CHECK = 2_000;

const RELATIONSHIP_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_RELATIONSHIP_TYPES = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

export interface XlsxReadPlan {
  file: string;
  /** Sheet name or 0-based index; the first visible sheet when left out. */
  sheet?: string | number;
  /** Caps on inflated bytes (tests lower them); the defaults otherwise. */
  limits?: InflateLimits;
}

export interface XlsxReadResult {
  fingerprint: string | null;
  sheets: string[];
  sheet: string | null;
}

interface SheetPart {
  name: string;
  path: string;
  hidden: boolean;
}

interface Relationship {
  target: string;
  type: string;
}

interface WorkbookInfo {
  sheets: { name: string; rId: string; hidden: boolean }[];
  date1904: boolean;
}

/** What a sheet's cells need from the rest of the workbook. */
interface SheetContext {
  sharedStrings: (string | null)[];
  /** Per cell style (cellXfs index): does its number format show a date or time? */
  dateStyles: boolean[];
  date1904: boolean;
}

/**
 * Stream the rows of one sheet of a workbook. The zip is read with yauzl (random access
 * through the central directory), every XML part with saxes, decoded as streaming UTF-8 so
 * no character is split between chunks. Memory holds the shared strings, not the sheet.
 */
export async function readXlsxRows(plan: XlsxReadPlan, onRow: RowHandler, onChunk: ChunkCallback): Promise<XlsxReadResult> {
  const fileBytes = fs.statSync(plan.file).size;
  let zip: ZipDirectory;
  try {
    zip = await ZipDirectory.open(plan.file, plan.limits);
  } catch (error) {
    throw damagedWorkbook(plan.file, error);
  }
  let sheets: SheetPart[] = [];
  let stopped = false;
  let chosen: SheetPart | undefined;
  try {
    if (!zip.has('xl/workbook.xml')) {
      throw new AppError('invalid_input', `${shownName(plan.file)} is a zip file but not an Excel workbook (it has no sheets): open it in Excel and save it as .xlsx, or export CSV`, { file: shownName(plan.file), row: 0, reason: 'file_not_a_workbook' });
    }
    const workbook = await readWorkbook(zip);
    const rels = zip.has('xl/_rels/workbook.xml.rels') ? await readRelationships(zip, 'xl/_rels/workbook.xml.rels') : new Map<string, Relationship>();
    sheets = sheetParts(workbook, rels, zip);
    chosen = pickSheet(sheets, plan.sheet);
    if (!chosen) {
      const names = sheets.map((s) => s.name);
      throw new AppError('invalid_input', `${shownName(plan.file)} has no sheet "${String(plan.sheet)}"; choose one of its sheets: ${names.join(', ')}`, { file: shownName(plan.file), sheet: String(plan.sheet), sheets: names, reason: 'file_no_sheet' });
    }
    const stylesPath = partOfType(rels, 'styles', 'xl/styles.xml');
    const sharedStringsPath = partOfType(rels, 'sharedStrings', 'xl/sharedStrings.xml');
    const context: SheetContext = {
      dateStyles: zip.has(stylesPath) ? await readDateStyles(zip, stylesPath) : [],
      sharedStrings: zip.has(sharedStringsPath) ? await readSharedStrings(zip, sharedStringsPath) : [],
      date1904: workbook.date1904,
    };
    const size = zip.size(chosen.path) || 1;
    stopped = !(await readSheet(zip, chosen.path, context, onRow, (seen) => onChunk(Math.min(fileBytes, Math.round((fileBytes * seen) / size)))));
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof ZipEncryptedError) throw encryptedWorkbook(plan.file);
    if (error instanceof ZipTooLargeError) throw inflatesTooMuch(plan.file, fileBytes, error);
    throw damagedWorkbook(plan.file, error);
  } finally {
    zip.close();
  }
  return { fingerprint: stopped ? null : await sha256(plan.file), sheets: sheets.map((s) => s.name), sheet: chosen.name };
}

// ---------------------------------------------------------------------------------------
// XML plumbing

/** Element name without its namespace prefix (`x:row` → `row`): some writers prefix everything. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name, whatever prefix the writer gave it (`r:id`, `ns1:id`). */
function prefixedAttribute(attributes: Record<string, string>, local: string): string | undefined {
  for (const key in attributes) if (localName(key) === local && key.includes(':')) return attributes[key];
  return undefined;
}

function newParser(): SaxesParser {
  return new SaxesParser({ position: false });
}

/**
 * Feed a part through a parser, decoding UTF-8 as a stream (a character split between two
 * inflated chunks is held back until its last byte arrives). `onChunk` gets the bytes so
 * far, including the chunk about to be parsed; `stopped` is asked after each chunk.
 */
async function parsePart(stream: Readable, parser: SaxesParser, onChunk?: (bytes: number) => void, stopped?: () => boolean): Promise<boolean> {
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      onChunk?.(bytes);
      parser.write(decoder.decode(chunk, { stream: true }));
      if (stopped?.()) return false;
    }
    parser.write(decoder.decode());
    parser.close();
    return true;
  } finally {
    stream.destroy();
  }
}

async function readPart(zip: ZipDirectory, name: string, parser: SaxesParser): Promise<void> {
  try {
    await parsePart(await zip.open(name), parser);
  } catch (error) {
    if (error instanceof AppError || error instanceof ZipEncryptedError || error instanceof ZipTooLargeError) throw error;
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// ---------------------------------------------------------------------------------------
// Workbook, relationships, styles, shared strings

async function readWorkbook(zip: ZipDirectory): Promise<WorkbookInfo> {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  const parser = newParser();
  parser.on('opentag', (node: SaxesTagPlain) => {
    const name = localName(node.name);
    if (name === 'sheet') {
      const a = node.attributes;
      info.sheets.push({ name: a.name ?? '', rId: prefixedAttribute(a, 'id') ?? '', hidden: (a.state ?? 'visible') !== 'visible' });
    } else if (name === 'workbookPr') {
      const flag = node.attributes.date1904;
      info.date1904 = flag === '1' || flag === 'true';
    }
  });
  await readPart(zip, 'xl/workbook.xml', parser);
  return info;
}

async function readRelationships(zip: ZipDirectory, part: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const parser = newParser();
  parser.on('opentag', (node: SaxesTagPlain) => {
    if (localName(node.name) !== 'Relationship') return;
    const { Id: id, Target: target, Type: type, TargetMode: mode } = node.attributes;
    if (id && target && mode !== 'External') rels.set(id, { target: resolveTarget(target), type: type ?? '' });
  });
  await readPart(zip, part, parser);
  return rels;
}

/** Targets are relative to xl/ unless absolute. */
function resolveTarget(target: string): string {
  const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(`xl/${target}`);
  return resolved.replace(/^\/+/, '');
}

function partOfType(rels: Map<string, Relationship>, type: string, fallback: string): string {
  for (const rel of rels.values()) {
    if (rel.type === `${RELATIONSHIP_TYPES}${type}` || rel.type === `${STRICT_RELATIONSHIP_TYPES}${type}`) return rel.target;
  }
  return fallback;
}

/** Worksheets in workbook order, with the zip part each lives in (chart sheets left out). */
function sheetParts(workbook: WorkbookInfo, rels: Map<string, Relationship>, zip: ZipDirectory): SheetPart[] {
  const parts: SheetPart[] = [];
  workbook.sheets.forEach((sheet, index) => {
    const path = rels.get(sheet.rId)?.target ?? `xl/worksheets/sheet${index + 1}.xml`;
    if (zip.has(path) && path.includes('worksheets/')) parts.push({ name: sheet.name, path, hidden: sheet.hidden });
  });
  return parts;
}

function pickSheet(sheets: SheetPart[], wanted: string | number | undefined): SheetPart | undefined {
  if (wanted === undefined) return sheets.find((s) => !s.hidden) ?? sheets[0];
  if (typeof wanted === 'number') return sheets[wanted];
  return sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
}

/**
 * Excel's built-in number formats that show dates or times (ids with no numFmt element of their own):
 * 14–22 and 45–47 everywhere; 27–36 and 50–58 are the East Asian ones, which a workbook saved by Chinese
 * Excel or WPS uses for 2024年1月5日, 1月5日, 13时05分 and the like.
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Does a format code show a date or time? Looks for d, m, y, h, s (and b, the Buddhist
 * year) outside quoted text, [brackets] (colours, conditions, locales, elapsed time markers),
 * backslash escapes and the characters after _ and * (padding).
 */
export function isDateFormat(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (ch === '[') {
      const end = code.indexOf(']', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if ('dmyhsbDMYHSB'.includes(ch)) {
      return true;
    }
  }
  return false;
}

async function readDateStyles(zip: ZipDirectory, part: string): Promise<boolean[]> {
  const customFormats = new Map<number, string>();
  const cellFormatIds: number[] = [];
  let inCellXfs = false;
  const parser = newParser();
  parser.on('opentag', (node: SaxesTagPlain) => {
    const name = localName(node.name);
    if (name === 'numFmt') {
      customFormats.set(Number(node.attributes.numFmtId), node.attributes.formatCode ?? '');
    } else if (name === 'cellXfs') {
      inCellXfs = !node.isSelfClosing;
    } else if (name === 'xf' && inCellXfs) {
      cellFormatIds.push(Number(node.attributes.numFmtId ?? 0));
    }
  });
  parser.on('closetag', (node) => {
    if (localName(node.name) === 'cellXfs') inCellXfs = false;
  });
  await readPart(zip, part, parser);
  return cellFormatIds.map((id) => {
    const custom = customFormats.get(id);
    return custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

/** Each shared string whole: rich text runs concatenated, phonetic guides (rPh) left out. */
async function readSharedStrings(zip: ZipDirectory, part: string): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  let text = '';
  let inRuby = false;
  let capture = false;
  const parser = newParser();
  parser.on('opentag', (node: SaxesTagPlain) => {
    const name = localName(node.name);
    if (name === 't') capture = !inRuby;
    else if (name === 'si') text = '';
    else if (name === 'rPh') inRuby = true;
  });
  parser.on('text', (value) => {
    if (capture) text += value;
  });
  parser.on('closetag', (node) => {
    const name = localName(node.name);
    if (name === 't') capture = false;
    else if (name === 'rPh') inRuby = false;
    else if (name === 'si') strings.push(text === '' ? null : text);
  });
  await readPart(zip, part, parser);
  return strings;
}

// ---------------------------------------------------------------------------------------
// The sheet, row by row

/** 1-based column of a cell reference ("AB12" → 28); 0 when the reference has no letters. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  return column;
}

/** An Excel serial day as the Date exceljs gave (UTC midnight based, rounded to the millisecond). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** t="d" cells hold ISO 8601 text; without a zone it is read as UTC, like serial dates. */
function isoDate(text: string): Cell {
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/.test(text) || !text.includes('T') ? text : `${text}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? text : date;
}

/** Which text a sheet's parser is collecting. */
const Capture = { None: 0, Value: 1, Formula: 2, InlineText: 3 } as const;

/** Returns false when the caller asked to stop early. */
async function readSheet(zip: ZipDirectory, part: string, context: SheetContext, onRow: RowHandler, check: (bytes: number) => boolean | void): Promise<boolean> {
  const { sharedStrings, dateStyles, date1904 } = context;
  let bytes = 0;
  let stop = false;
  let sinceCheck = 0;

  let inSheetData = false;
  let rowNumber = 0;
  let rowStyle = -1;
  let cells: Cell[] | null = null;
  let column = 0;
  let type = 'n';
  let style = -1;
  let capture: number = Capture.None;
  let value: string | null = null;
  let formula: string | null = null;
  let inlineText: string | null = null;
  let inRuby = false;

  function cellValue(): Cell {
    if (formula !== null) {
      // A saved result is what the user saw; without one we cannot know the value.
      if (value === null) return `=${formula}`;
      if (type === 'str' || type === 's' || type === 'inlineStr') return type === 's' ? (sharedStrings[Number(value)] ?? null) : value;
      if (type === 'b') return value !== '0' && value !== 'false';
      if (type === 'e') return value;
      const number = Number.parseFloat(value);
      return Number.isNaN(number) ? value : number;
    }
    switch (type) {
      case 's':
        return value === null ? null : (sharedStrings[Number.parseInt(value, 10)] ?? null);
      case 'inlineStr':
        return inlineText ?? value;
      case 'str':
        return value;
      case 'e':
        return value;
      case 'b':
        return value === null ? null : Number.parseInt(value, 10) !== 0 && value !== 'false';
      case 'd':
        return value === null || value === '' ? null : isoDate(value);
      default: {
        if (value === null || value === '') return null;
        const number = Number.parseFloat(value);
        if (Number.isNaN(number)) return value;
        const cellStyle = style >= 0 ? style : rowStyle;
        return cellStyle >= 0 && dateStyles[cellStyle] === true ? excelDate(number, date1904) : number;
      }
    }
  }

  const parser = newParser();
  parser.on('opentag', (node: SaxesTagPlain) => {
    if (stop) return;
    const name = node.name.includes(':') ? localName(node.name) : node.name;
    switch (name) {
      case 'c': {
        if (!cells) return;
        const a = node.attributes;
        const ref = a.r;
        const at = ref ? columnOf(ref) : 0;
        column = at > 0 ? at : column + 1;
        type = a.t ?? 'n';
        style = a.s !== undefined ? Number.parseInt(a.s, 10) : -1;
        value = null;
        formula = null;
        inlineText = null;
        return;
      }
      case 'v':
        if (cells) {
          capture = Capture.Value;
          value = '';
        }
        return;
      case 'f':
        if (cells) {
          capture = Capture.Formula;
          formula = '';
        }
        return;
      case 't':
        if (cells && type === 'inlineStr' && !inRuby) {
          capture = Capture.InlineText;
          inlineText ??= '';
        }
        return;
      case 'rPh':
        inRuby = true;
        return;
      case 'row': {
        if (!inSheetData) return;
        const a = node.attributes;
        const r = a.r !== undefined ? Number.parseInt(a.r, 10) : Number.NaN;
        rowNumber = Number.isNaN(r) ? rowNumber + 1 : r;
        rowStyle = a.s !== undefined && (a.customFormat === '1' || a.customFormat === 'true') ? Number.parseInt(a.s, 10) : -1;
        cells = [];
        column = 0;
        return;
      }
      case 'sheetData':
        inSheetData = !node.isSelfClosing;
        return;
      default:
        return;
    }
  });
  parser.on('text', (text) => {
    switch (capture) {
      case Capture.Value:
        value += text;
        return;
      case Capture.Formula:
        formula += text;
        return;
      case Capture.InlineText:
        inlineText += text;
        return;
      default:
        return;
    }
  });
  parser.on('closetag', (node) => {
    if (stop) return;
    const name = node.name.includes(':') ? localName(node.name) : node.name;
    switch (name) {
      case 'v':
      case 'f':
      case 't':
        capture = Capture.None;
        return;
      case 'rPh':
        inRuby = false;
        return;
      case 'c': {
        if (!cells) return;
        const cell = cellValue();
        // Past Excel's last column (XFD) is no real cell: a forged reference must not grow the row without bound.
        if (cell !== null && column <= MAX_ROW_FIELDS) {
          while (cells.length < column - 1) cells.push(null);
          cells[column - 1] = cell;
        }
        return;
      }
      case 'row':
        if (!cells) return;
        onRow(cells, rowNumber, null);
        cells = null;
        if (++sinceCheck >= ROWS_PER_CHECK) {
          sinceCheck = 0;
          if (check(bytes) === false) stop = true;
        }
        return;
      case 'sheetData':
        inSheetData = false;
        return;
      default:
        return;
    }
  });

  let stream: Readable;
  try {
    stream = await zip.open(part);
  } catch (error) {
    if (error instanceof ZipEncryptedError || error instanceof ZipTooLargeError) throw error;
    throw new Error(`${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    await parsePart(
      stream,
      parser,
      (read) => (bytes = read),
      () => stop,
    );
  } catch (error) {
    if (error instanceof AppError || error instanceof ZipTooLargeError) throw error;
    const where = rowNumber > 0 ? ` after row ${rowNumber}` : '';
    throw new Error(`${part}${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return !stop && check(bytes) !== false;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function damagedWorkbook(path: string, error: unknown): AppError {
  const file = shownName(path);
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError(
    'invalid_input',
    `${file} could not be read as an Excel workbook: it is damaged or incomplete (${reason}). Open it in Excel and save it again`,
    { file, row: 0, cause: reason, reason: 'file_damaged_workbook' },
  );
}

function inflatesTooMuch(path: string, fileBytes: number, error: ZipTooLargeError): AppError {
  const file = shownName(path);
  return new AppError(
    'invalid_input',
    `${file} (${formatBytes(fileBytes)}) was refused: ${error.message}, far more than a real workbook of its size holds. ` +
      'It may be a "zip bomb"; if it is a real export, split it into smaller files or save it as CSV',
    { file, row: 0, part: error.part, limit: error.limit },
  );
}

function encryptedWorkbook(path: string): AppError {
  const file = shownName(path);
  return new AppError(
    'invalid_input',
    `${file} is password-protected, so it cannot be read. Open it in Excel, remove the password and save it again`,
    { file, row: 0, reason: 'file_password' },
  );
}
