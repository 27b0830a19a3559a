/** Requested text encoding; 'auto' tries strict UTF-8 first and falls back to GB18030. */
export type EncodingOption = 'auto' | 'utf8' | 'gb18030';
/** The encoding a file was actually read with. */
export type TextEncodingName = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

/** How to read a file into rows; everything is detected when left out. */
export interface ReadOptions {
  encoding?: EncodingOption;
  /** Force a delimiter instead of sniffing one. */
  delimiter?: string;
  /** XLSX: sheet name or 0-based index; the first sheet by default. */
  sheet?: string | number;
  /** 1-based row of the header; detected when left out. */
  headerRow?: number;
}
