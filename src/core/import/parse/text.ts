/**
 * Header text reduced to what identifies it: full-width folded (NFKC), lower case,
 * units in brackets dropped ("销量(件)" → "销量"), spaces and punctuation removed.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[([【{<（].*?[)\]】}>）]/g, '')
    .replace(/[\s_\-./:：·#*'"“”‘’,，、|\\?？!！]/g, '');
}

/** Spreadsheet-style column name (0 → A, 26 → AA), for messages about unnamed columns. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/**
 * A copy of a string that shares no memory with the text it was cut from. Cells are
 * slices of ~256 KB decoded chunks, and V8 keeps a whole chunk alive for as long as
 * any slice of it lives: every string kept beyond its row (map keys, problems) must
 * be detached, or a big file's text stays in memory.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
