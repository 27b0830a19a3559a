import { parseCsvText } from './csv-parser';
import { sniffDelimiter } from './delimiter';

const SNIFF_CHARS = 64 * 1024;

/**
 * A small CSV already in memory (an exported plan, a supplier's confirmation file) as rows of text,
 * read by the same state machine as the import: quoted delimiters, quotes and line breaks, a BOM
 * dropped, the delimiter sniffed unless given. Blank lines come back as [''].
 */
export function readCsvText(text: string, delimiter?: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return parseCsvText(body, delimiter ?? sniffDelimiter(body.slice(0, SNIFF_CHARS)));
}
