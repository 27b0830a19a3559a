/**
 * Which files in a watched folder are candidates, and whether a file's bytes look whole.
 * Browsers, sync clients and Office write under temporary names and rename when done;
 * exporters that write in place are caught by the stability rule and by these checks.
 */

const TEMPORARY_SUFFIXES = ['.part', '.partial', '.crdownload', '.download', '.tmp', '.temp', '.swp', '~'];

/** Dotfiles, Office lock files (`~$…`) and names of files still being downloaded or saved. */
export function isIgnoredName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('.') || lower.startsWith('~$')) return true;
  return TEMPORARY_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

export type Completeness = { complete: true } | { complete: false; why: string };

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** The end-of-directory record is 22 bytes plus a comment of at most 65,535. */
const ZIP_TAIL_BYTES = 22 + 65_535;

/**
 * A workbook is whole once its zip directory is written (it comes last); a CSV once its last
 * line is not cut: the file ends with a line break, or its last line has as many fields as the
 * line before it, and no quoted field is left open.
 */
export function checkCompleteness(bytes: Buffer): Completeness {
  if (bytes.length === 0) return { complete: false, why: 'the file is empty' };
  if (ZIP_LOCAL_HEADER.every((b, i) => bytes[i] === b)) {
    const tail = bytes.subarray(Math.max(0, bytes.length - ZIP_TAIL_BYTES));
    return tail.lastIndexOf(ZIP_END_OF_DIRECTORY) >= 0 ? { complete: true } : { complete: false, why: 'the workbook has no zip directory yet' };
  }
  return checkTextCompleteness(decodeForStructure(bytes));
}

/**
 * Only quotes, delimiters and line breaks matter here: they are the same bytes in UTF-8 and
 * GB18030, so those are read byte for byte; UTF-16 (with its BOM) is decoded first.
 */
function decodeForStructure(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return bytes.toString('latin1');
}

function checkTextCompleteness(text: string): Completeness {
  const lines = splitRecords(text);
  if (lines.openQuote) return { complete: false, why: 'a quoted field is not closed at the end of the file' };
  if (/[\r\n]$/.test(text)) return { complete: true };
  const records = lines.records.filter((line) => line.trim() !== '');
  if (records.length < 2) return { complete: false, why: 'the file has no complete line yet' };
  const last = records[records.length - 1]!;
  const previous = records[records.length - 2]!;
  const delimiter = likeliestDelimiter(previous);
  if (delimiter === null) return { complete: true };
  const expected = countOutsideQuotes(previous, delimiter);
  const found = countOutsideQuotes(last, delimiter);
  return found < expected ? { complete: false, why: `the last line has ${found + 1} of ${expected + 1} fields` } : { complete: true };
}

/** Records split on line breaks outside quotes (a quoted field may hold a line break). */
function splitRecords(text: string): { records: string[]; openQuote: boolean } {
  const records: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) inQuotes = !inQuotes;
    else if (c === 0x0a && !inQuotes) {
      records.push(text.slice(start, i));
      start = i + 1;
    }
  }
  records.push(text.slice(start));
  return { records, openQuote: inQuotes };
}

const DELIMITERS = [',', ';', '\t', '|'];

function likeliestDelimiter(line: string): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = countOutsideQuotes(line, d);
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let n = 0;
  let inQuotes = false;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === delimiter && !inQuotes) n++;
  }
  return n;
}
