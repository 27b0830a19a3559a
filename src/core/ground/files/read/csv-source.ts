import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { READ_CHUNK_BYTES } from './limits';
import type { TextEncodingName } from './types';
import type { RowFlags, RowHandler } from './cell';
import { CsvParser } from './csv-parser';
import { createDecoder, InvalidUtf8Error, wrongEncodingError } from './encoding';

export interface CsvReadPlan {
  file: string;
  encoding: TextEncodingName;
  bomLength: number;
  delimiter: string;
}

/** Called after each chunk with the bytes read so far; return false to stop reading early. */
export type ChunkCallback = (bytesRead: number) => boolean | void;

/**
 * Stream a CSV file through decoder and parser, one chunk at a time, hashing the raw
 * bytes on the way so the fingerprint costs no second read.
 * Returns the sha256 of the file, or null when stopped early.
 */
export async function readCsvRows(plan: CsvReadPlan, onRow: RowHandler, onChunk: ChunkCallback): Promise<string | null> {
  const stream = fs.createReadStream(plan.file, { highWaterMark: READ_CHUNK_BYTES });
  const hash = createHash('sha256');
  const decoder = createDecoder(plan.encoding);
  let pendingFlags: RowFlags | null = null;
  const parser = new CsvParser(plan.delimiter, (cells, rowNumber, longFields, fieldCount) => {
    let flags = pendingFlags;
    if (longFields) flags = { ...flags, longFields };
    if (fieldCount !== null) flags = { ...flags, fieldCount };
    pendingFlags = null;
    onRow(cells, rowNumber, flags);
  });
  const decode = (fn: () => string): string => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof InvalidUtf8Error) throw wrongEncodingError(plan.file, plan.encoding, parser.rowsEmitted + 1);
      throw error;
    }
  };
  let bytesRead = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      const body = bytesRead === 0 && plan.bomLength > 0 ? chunk.subarray(plan.bomLength) : chunk;
      bytesRead += chunk.length;
      parser.push(decode(() => decoder.write(body)));
      if (onChunk(bytesRead) === false) return null;
    }
    parser.push(decode(() => decoder.end()));
    if (parser.insideQuotes) pendingFlags = { unclosedQuote: true };
    parser.end();
    return hash.digest('hex');
  } finally {
    stream.destroy();
  }
}
