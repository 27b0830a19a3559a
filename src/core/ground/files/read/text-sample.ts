import fs from 'node:fs';
import iconv from 'iconv-lite';
import { READ_CHUNK_BYTES } from './limits';
import type { EncodingOption, TextEncodingName } from './types';
import { detectEncoding, type DetectedEncoding } from './encoding';

const SAMPLE_BYTES = 64 * 1024;

/**
 * Decide a CSV file's encoding. Exports often start with pages of ASCII (codes, dates,
 * numbers) before the first Chinese name, so when the head is pure ASCII the file is
 * scanned for its first non-ASCII byte and the test runs there.
 */
export async function detectFileEncoding(file: string, head: Buffer, requested: EncodingOption): Promise<DetectedEncoding> {
  const fromHead = detectEncoding(head, requested);
  if (requested !== 'auto' || fromHead.bomLength > 0 || fromHead.encoding === 'gb18030') return fromHead;
  if (firstNonAscii(head) >= 0) return fromHead;
  const sample = await sampleFromFirstNonAscii(file);
  return sample ? detectEncoding(sample, 'auto') : fromHead;
}

function firstNonAscii(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

async function sampleFromFirstNonAscii(file: string): Promise<Buffer | null> {
  const stream = fs.createReadStream(file, { highWaterMark: READ_CHUNK_BYTES });
  let collected: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (length === 0) {
        // latin1 maps bytes 1:1 to code units, so a native regex search finds the byte.
        const at = chunk.toString('latin1').search(/[\x80-\xff]/);
        if (at < 0) continue;
        collected = [chunk.subarray(at)];
        length = chunk.length - at;
      } else {
        collected.push(chunk);
        length += chunk.length;
      }
      if (length >= SAMPLE_BYTES) break;
    }
  } finally {
    stream.destroy();
  }
  return length > 0 ? Buffer.concat(collected).subarray(0, SAMPLE_BYTES) : null;
}

/** Decode the head leniently, for sniffing the delimiter and showing a sample. */
export function decodeSample(head: Buffer, encoding: TextEncodingName, bomLength: number): string {
  const body = head.subarray(bomLength);
  if (encoding === 'gb18030') return iconv.decode(body, 'gb18030');
  const label = encoding === 'utf8' ? 'utf-8' : encoding === 'utf16le' ? 'utf-16le' : 'utf-16be';
  return new TextDecoder(label, { ignoreBOM: true }).decode(body);
}
