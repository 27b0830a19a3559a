import fs from 'node:fs';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import yauzl from 'yauzl';
import { DEFAULT_INFLATE_LIMITS, type InflateLimits } from './limits';

export class ZipError extends Error {}

/** A part inflates to more than the limits allow: a zip bomb, or a workbook far beyond any real export. */
export class ZipTooLargeError extends ZipError {
  constructor(
    readonly part: string,
    /** Inflated bytes allowed (for this part, or for the parts read together). */
    readonly limit: number,
    readonly scope: 'part' | 'total',
  ) {
    super(`the part ${part} inflates to more than ${formatBytes(limit)}${scope === 'total' ? ' (with the parts read before it)' : ''}`);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A zip entry is encrypted (zip-level password); the workbook cannot be read without it. */
export class ZipEncryptedError extends ZipError {}

/**
 * A zip file read through its central directory with yauzl: entries by name, each opened
 * as a stream on demand. Reading a workbook this way needs no pass in stored order, so the
 * parts a sheet depends on (workbook, styles, shared strings) can be read first whatever
 * order the writer chose, and sheets nobody asked for are never read.
 */
export class ZipDirectory {
  /** Part names in OPC are case-insensitive; writers disagree on case. */
  private readonly byLowerName: Map<string, yauzl.Entry>;
  /** Inflated bytes allowed per part and for all the parts read, from the limits and the file's size. */
  readonly partCap: number;
  readonly totalCap: number;
  /** Inflated bytes streamed so far, all parts together. */
  private inflated = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    fileBytes: number,
    limits: InflateLimits,
  ) {
    this.byLowerName = new Map([...entries].map(([name, entry]) => [name.toLowerCase(), entry]));
    const relative = Math.max(limits.minCap, limits.maxRatio * fileBytes);
    this.partCap = Math.min(limits.maxPartBytes, relative);
    this.totalCap = Math.min(limits.maxTotalBytes, relative);
  }

  /** Reads the central directory only (lazily, entry by entry); no entry data yet. */
  static open(file: string, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): Promise<ZipDirectory> {
    const fileBytes = fs.statSync(file).size;
    return new Promise((resolve, reject) => {
      yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => {
        if (error) {
          reject(error);
          return;
        }
        const entries = new Map<string, yauzl.Entry>();
        zip.on('entry', (entry: yauzl.Entry) => {
          entries.set(entry.fileName, entry);
          zip.readEntry();
        });
        zip.once('end', () => resolve(new ZipDirectory(zip, entries, fileBytes, limits)));
        zip.once('error', (failure: Error) => {
          zip.close();
          reject(failure);
        });
        zip.readEntry();
      });
    });
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** Uncompressed size in bytes (0 when unknown or absent). */
  size(name: string): number {
    return this.entry(name)?.uncompressedSize ?? 0;
  }

  /**
   * The entry's uncompressed bytes, streamed; throws ZipEncryptedError for a password-protected
   * entry, and ZipTooLargeError (before inflating, from the declared size, or as the bytes come)
   * for a part that inflates beyond the caps.
   */
  async open(name: string): Promise<Readable> {
    const entry = this.entry(name);
    if (!entry) throw new ZipError(`the workbook has no part ${name}`);
    if (entry.isEncrypted()) throw new ZipEncryptedError(`the part ${name} is encrypted`);
    if (entry.uncompressedSize > this.partCap) throw new ZipTooLargeError(entry.fileName, this.partCap, 'part');
    if (this.inflated + entry.uncompressedSize > this.totalCap) throw new ZipTooLargeError(entry.fileName, this.totalCap, 'total');
    const stream = await new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened)));
    });
    return this.counted(stream, entry.fileName);
  }

  /** The inflated stream, counted: a declared size can lie, so the bytes themselves are measured too. */
  private counted(stream: Readable, part: string): Readable {
    let partBytes = 0;
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) => {
        partBytes += chunk.length;
        this.inflated += chunk.length;
        if (partBytes > this.partCap) done(new ZipTooLargeError(part, this.partCap, 'part'));
        else if (this.inflated > this.totalCap) done(new ZipTooLargeError(part, this.totalCap, 'total'));
        else done(null, chunk);
      },
    });
    stream.once('error', (error) => counter.destroy(error));
    counter.once('close', () => stream.destroy());
    return stream.pipe(counter);
  }

  /** Releases the file once every open stream has ended. */
  close(): void {
    this.zip.close();
  }

  private entry(name: string): yauzl.Entry | undefined {
    return this.entries.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }
}
