import path from 'node:path';
import { shownName } from './shown-name';
import { AppError } from '../../errors/app-error';
import type { ReadOptions, TextEncodingName } from './types';
import type { RowHandler } from './cell';
import { readCsvRows, type ChunkCallback } from './csv-source';
import { sniffDelimiter } from './delimiter';
import { detectFormat, fileSize, readHead, type FileFormat } from './file-head';
import { isValidUtf8Prefix } from './encoding';
import { decodeSample, detectFileEncoding } from './text-sample';
import { readXlsxRows } from './xlsx-source';

const HEAD_BYTES = 64 * 1024;

export interface SourceInfo {
  file: string;
  fileName: string;
  format: FileFormat;
  bytes: number;
  encoding: TextEncodingName | null;
  delimiter: string | null;
  /** XLSX: every sheet, and the one read. Known fully only after reading. */
  sheets: string[];
  sheet: string | null;
  /** GB18030 was forced on bytes that are valid UTF-8 with non-ASCII text: probably a mistake. */
  looksLikeUtf8: boolean;
}

export interface RowSource {
  info: SourceInfo;
  /** Stream every row to onRow; resolves with the file's sha256, or null when stopped early. */
  read(onRow: RowHandler, onChunk: ChunkCallback): Promise<string | null>;
}

/** Look at a file's bytes and decide how to read it; nothing is read beyond the head yet. */
export async function openSource(file: string, options: ReadOptions = {}): Promise<RowSource> {
  const head = readHead(file, HEAD_BYTES);
  const format = detectFormat(file, head);
  const info: SourceInfo = {
    file,
    fileName: path.basename(file),
    format,
    bytes: fileSize(file),
    encoding: null,
    delimiter: null,
    sheets: [],
    sheet: null,
    looksLikeUtf8: false,
  };
  if (format === 'xlsx') {
    return {
      info,
      async read(onRow, onChunk) {
        const result = await readXlsxRows({ file, ...(options.sheet !== undefined ? { sheet: options.sheet } : {}) }, onRow, onChunk);
        info.sheets = result.sheets;
        info.sheet = result.sheet;
        return result.fingerprint;
      },
    };
  }
  const { encoding, bomLength } = await detectFileEncoding(file, head, options.encoding ?? 'auto');
  if (head.length <= bomLength) {
    throw new AppError('invalid_input', `${shownName(file)} holds no text (only a byte-order mark): there is nothing to import. Export the data again and choose the new file`, { file: shownName(file), row: 0, reason: 'file_bom_only' });
  }
  const sample = decodeSample(head, encoding, bomLength);
  // Excel's own hint line, "sep=;", names the delimiter (and is skipped as a title line).
  const delimiter = options.delimiter ?? /^sep=(.)\r?\n/i.exec(sample)?.[1] ?? sniffDelimiter(sample);
  if (delimiter.length !== 1) {
    throw new AppError('invalid_input', `The delimiter must be one character, not "${delimiter}"`, { file: shownName(file) });
  }
  info.encoding = encoding;
  info.looksLikeUtf8 = options.encoding === 'gb18030' && head.some((b) => b >= 0x80) && isValidUtf8Prefix(head);
  info.delimiter = delimiter;
  return {
    info,
    read: (onRow, onChunk) => readCsvRows({ file, encoding, bomLength, delimiter }, onRow, onChunk),
  };
}
