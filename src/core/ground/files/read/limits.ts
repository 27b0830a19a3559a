/** Excel's own limit on a cell; anything longer is not a value a merchant typed. */
export const MAX_FIELD_CHARS = 32_767;
/** Bytes per chunk: large enough for low per-chunk overhead, below the size at which Node makes decoded text an external string. */
export const READ_CHUNK_BYTES = 256 * 1024;
