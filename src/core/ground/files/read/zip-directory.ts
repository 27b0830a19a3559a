import fs from 'node:fs';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** End record (22 bytes) plus the longest possible comment. */
const TAIL_BYTES = 22 + 0xffff;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

export class ZipError extends Error {}

/**
 * A zip file read through its central directory: entries by name, each opened as a
 * stream on demand. Reading a workbook this way needs no pass in stored order, so the
 * parts a sheet depends on (workbook, styles, shared strings) can be read first
 * whatever order the writer chose, and sheets nobody asked for are never read.
 */
export class ZipDirectory {
  private constructor(
    private readonly file: string,
    readonly entries: Map<string, ZipEntry>,
  ) {}

  static open(file: string): ZipDirectory {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const tailLength = Math.min(size, TAIL_BYTES);
      const tail = readAt(fd, size - tailLength, tailLength);
      const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
      if (end < 0 || tail.readUInt32LE(end) !== END_OF_DIRECTORY) {
        throw new ZipError('the zip directory at the end of the file is missing; the file is cut short');
      }
      const count = tail.readUInt16LE(end + 10);
      const directorySize = tail.readUInt32LE(end + 12);
      const directoryOffset = tail.readUInt32LE(end + 16);
      if (directoryOffset === 0xffffffff || count === 0xffff) throw new ZipError('ZIP64 workbooks (over 4 GB) are not supported');
      if (directoryOffset + directorySize > size) throw new ZipError('the zip directory points past the end of the file');
      return new ZipDirectory(file, parseDirectory(readAt(fd, directoryOffset, directorySize), count));
    } finally {
      fs.closeSync(fd);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's uncompressed bytes as UTF-8 text chunks (characters never split between chunks). */
  openText(name: string): Readable {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError(`the workbook has no part ${name}`);
    const fd = fs.openSync(this.file, 'r');
    let start: number;
    try {
      const header = readAt(fd, entry.headerOffset, 30);
      if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipError(`the part ${name} is damaged`);
      start = entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    } finally {
      fs.closeSync(fd);
    }
    const raw = fs.createReadStream(this.file, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 * 1024 });
    let out: Readable = raw;
    if (entry.method === 8) {
      const inflate = zlib.createInflateRaw();
      raw.on('error', (error) => inflate.destroy(error));
      out = raw.pipe(inflate);
    } else if (entry.method !== 0) {
      raw.destroy();
      throw new ZipError(`the part ${name} uses an unsupported compression (${entry.method})`);
    }
    out.setEncoding('utf8');
    return out;
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

function parseDirectory(directory: Buffer, count: number): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      throw new ZipError('the zip directory is damaged');
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, {
      name,
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      headerOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
