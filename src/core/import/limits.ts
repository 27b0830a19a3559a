/** The file layer's reading limits (a field's length, the chunk size), listed here with the import's own. */
export { MAX_FIELD_CHARS, READ_CHUNK_BYTES } from '../ground/files/read/limits';
/** Far more than any real export; a wider file is a matrix or garbage, and would exhaust memory. */
export const MAX_COLUMNS = 1_000;
/** A column name longer than this is not a header but text (a file of one long line, a note): such a file is refused. */
export const MAX_HEADER_CHARS = 1_000;
/** Rows read before the header, formats and mapping are decided. */
export const LOOKAHEAD_ROWS = 2_000;
/** Where a header row is looked for (title lines above it are common in exports). */
export const HEADER_SEARCH_ROWS = 30;
/** Dates outside these years are typing errors or placeholders such as 9999-12-31. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2099;
export const DEFAULT_MAX_PROBLEMS = 10_000;
