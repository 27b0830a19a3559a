/** Excel's own limit on a cell; anything longer is not a value a merchant typed. */
export const MAX_FIELD_CHARS = 32_767;
/** Bytes per chunk: large enough for low per-chunk overhead, below the size at which Node makes decoded text an external string. */
export const READ_CHUNK_BYTES = 256 * 1024;
/** Excel's own limit on columns (XFD): cells past it in a row are counted, not kept, so a runaway row cannot exhaust memory. */
export const MAX_ROW_FIELDS = 16_384;

/**
 * A workbook's parts are inflated while they are read; a zip bomb (a few MB that inflate to
 * gigabytes) is stopped by these caps rather than by running out of memory. Real workbooks
 * inflate 5–20 times; a part or the whole may inflate to `MAX_INFLATE_RATIO` times the file's
 * size (never less than `MIN_INFLATE_CAP`), and never beyond the absolute limits.
 */
export interface InflateLimits {
  /** Bytes one part may inflate to, whatever the file's size. */
  maxPartBytes: number;
  /** Bytes all the parts read may inflate to together. */
  maxTotalBytes: number;
  /** Inflated bytes per byte of the file, for a part and for the total. */
  maxRatio: number;
  /** The ratio is not applied below this many inflated bytes (small files inflate more). */
  minCap: number;
}

export const DEFAULT_INFLATE_LIMITS: InflateLimits = {
  maxPartBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxRatio: 200,
  minCap: 64 * 1024 * 1024,
};
