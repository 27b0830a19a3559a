/** SQLite's BLOBs start anywhere in a pool; the codec's typed views need them aligned: one reused copy, not one per series. */
export class AlignedCopy {
  private scratch = new Uint8Array(4096);

  of(data: Uint8Array): Uint8Array {
    if (data.byteOffset % 8 === 0) return data;
    if (data.length > this.scratch.length) this.scratch = new Uint8Array(data.length * 2);
    this.scratch.set(data);
    return this.scratch.subarray(0, data.length);
  }
}
