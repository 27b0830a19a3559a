import fs from 'node:fs';
import { shownName } from './shown-name';
import { AppError } from '../../errors/app-error';

/** The first `length` bytes of a file (fewer when it is shorter). */
export function readHead(file: string, length: number): Buffer {
  const fd = openForReading(file);
  try {
    const buffer = Buffer.alloc(length);
    const read = fs.readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

export function fileSize(file: string): number {
  return fs.statSync(file).size;
}

function openForReading(file: string): number {
  try {
    return fs.openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const name = shownName(file);
    if (code === 'ENOENT') throw new AppError('not_found', `There is no file ${name} any more: it was moved or deleted; choose it again`, { file: name });
    if (code === 'EISDIR') throw new AppError('invalid_input', `${name} is a folder, not a file: choose a CSV or XLSX file`, { file: name, reason: 'file_is_folder' });
    throw new AppError('invalid_input', `${name} could not be read (${code ?? String(error)}): close any program that has it open, or copy it somewhere else, and choose it again`, { file: name, reason: 'file_unreadable' });
  }
}

export type FileFormat = 'csv' | 'xlsx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(head: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => head[i] === byte);
}

/**
 * Decide the format from the bytes, not the name: merchants rename files, and a
 * binary renamed `.csv` must get a clear message rather than garbage rows.
 */
export function detectFormat(path: string, head: Buffer): FileFormat {
  const file = shownName(path);
  if (head.length === 0) {
    throw new AppError('invalid_input', `${file} is empty (0 bytes): there is nothing to import. Export the data again and choose the new file`, { file, row: 0, reason: 'file_empty' });
  }
  if (startsWith(head, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(head, OLE_MAGIC)) {
    throw new AppError(
      'invalid_input',
      `${file} is an old Excel (.xls) or other Office binary file. Save it as .xlsx or CSV and import that`,
      { file, row: 0, reason: 'file_old_excel' },
    );
  }
  if (looksBinary(head)) {
    throw new AppError(
      'invalid_input',
      `${file} is not a text or Excel file (it contains binary data). Export the data as CSV or XLSX`,
      { file, row: 0, reason: 'file_binary' },
    );
  }
  return 'csv';
}

/** UTF-16 text has NULs too, but always starts with a byte-order mark when Excel writes it. */
function looksBinary(head: Buffer): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  let control = 0;
  const sample = Math.min(head.length, 8192);
  for (let i = 0; i < sample; i++) {
    const byte = head[i]!;
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  }
  return control > sample * 0.01;
}
