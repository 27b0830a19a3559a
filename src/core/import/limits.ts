/** Excel's own limit on a cell; anything longer is not a value a merchant typed. */
export const MAX_FIELD_CHARS = 32_767;
/** Far more than any real export; a wider file is a matrix or garbage, and would exhaust memory. */
export const MAX_COLUMNS = 1_000;
/** Rows read before the header, formats and mapping are decided. */
export const LOOKAHEAD_ROWS = 2_000;
/** Where a header row is looked for (title lines above it are common in exports). */
export const HEADER_SEARCH_ROWS = 30;
/** Dates outside these years are typing errors or placeholders such as 9999-12-31. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2099;
export const DEFAULT_MAX_PROBLEMS = 10_000;
/** Bytes per chunk: large enough for low per-chunk overhead, below the size at which Node makes decoded text an external string. */
export const READ_CHUNK_BYTES = 256 * 1024;
