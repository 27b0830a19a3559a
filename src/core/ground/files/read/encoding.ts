import iconv from 'iconv-lite';
import { shownName } from './shown-name';
import { AppError } from '../../errors/app-error';
import type { EncodingOption, TextEncodingName } from './types';

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

/**
 * Strict UTF-8 decoding of a sample is a reliable test: GBK text is almost never
 * valid UTF-8, while statistical detectors misread short GBK samples.
 */
export function detectEncoding(sample: Buffer, requested: EncodingOption = 'auto'): DetectedEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return { encoding: requested === 'gb18030' ? 'gb18030' : 'utf8', bomLength: requested === 'gb18030' ? 0 : 3 };
  }
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  if (requested !== 'auto') return { encoding: requested, bomLength: 0 };
  return { encoding: isValidUtf8Prefix(sample) ? 'utf8' : 'gb18030', bomLength: 0 };
}

/** True when the bytes are UTF-8, allowing a character cut off at the end of the sample. */
export function isValidUtf8Prefix(sample: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Streaming decoder: bytes in, text out, multi-byte characters split across chunks handled. */
export interface ChunkDecoder {
  write(bytes: Buffer): string;
  end(): string;
}

export class InvalidUtf8Error extends Error {}

export function createDecoder(encoding: TextEncodingName): ChunkDecoder {
  if (encoding === 'gb18030') {
    const decoder = iconv.getDecoder('gb18030');
    return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() ?? '' };
  }
  const label = encoding === 'utf8' ? 'utf-8' : encoding === 'utf16le' ? 'utf-16le' : 'utf-16be';
  const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  const guard = (fn: () => string) => {
    try {
      return fn();
    } catch {
      throw new InvalidUtf8Error(`not valid ${label}`);
    }
  };
  return {
    write: (bytes) => guard(() => decoder.decode(bytes, { stream: true })),
    end: () => guard(() => decoder.decode()),
  };
}

export function wrongEncodingError(path: string, encoding: TextEncodingName, row: number): AppError {
  const file = shownName(path);
  return new AppError(
    'invalid_input',
    `${file} is not valid ${encoding === 'utf8' ? 'UTF-8' : encoding} text (from about row ${row}). ` +
      'Choose the encoding GB18030 (Chinese Windows/Excel) or "auto"',
    { file, row, column: '', encoding: encoding === 'utf8' ? 'UTF-8' : encoding, reason: 'file_wrong_encoding' },
  );
}

export function parseEncodingOption(value: string): EncodingOption | null {
  const v = value.toLowerCase().replace(/[-_]/g, '');
  if (v === 'auto') return 'auto';
  if (v === 'utf8') return 'utf8';
  if (v === 'gb18030' || v === 'gbk' || v === 'gb2312') return 'gb18030';
  return null;
}
