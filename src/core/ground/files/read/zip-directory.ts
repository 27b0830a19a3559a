import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export class ZipError extends Error {}

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

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
  ) {
    this.byLowerName = new Map([...entries].map(([name, entry]) => [name.toLowerCase(), entry]));
  }

  /** Reads the central directory only (lazily, entry by entry); no entry data yet. */
  static open(file: string): Promise<ZipDirectory> {
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
        zip.once('end', () => resolve(new ZipDirectory(zip, entries)));
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

  /** The entry's uncompressed bytes, streamed; throws ZipEncryptedError for a password-protected entry. */
  async open(name: string): Promise<Readable> {
    const entry = this.entry(name);
    if (!entry) throw new ZipError(`the workbook has no part ${name}`);
    if (entry.isEncrypted()) throw new ZipEncryptedError(`the part ${name} is encrypted`);
    return new Promise((resolve, reject) => {
      this.zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
    });
  }

  /** Releases the file once every open stream has ended. */
  close(): void {
    this.zip.close();
  }

  private entry(name: string): yauzl.Entry | undefined {
    return this.entries.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }
}
