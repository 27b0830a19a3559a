import { parseCsvText } from './csv-parser';

export const candidateDelimiters = [',', ';', '\t', '|'] as const;

/**
 * Pick the delimiter that splits the sample into the most consistent number of
 * columns. Parsing (not counting characters) keeps quoted delimiters out of the vote.
 */
export function sniffDelimiter(sample: string): string {
  // The last line of a sample may be cut off; leave it out.
  const cut = sample.lastIndexOf('\n');
  const text = cut > 0 ? sample.slice(0, cut) : sample;
  let best: { delimiter: string; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of candidateDelimiters) {
    const rows = parseCsvText(text, delimiter, 200).filter((r) => r.length > 1 || r[0] !== '');
    if (rows.length === 0) continue;
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let modeWidth = 1;
    let modeRows = 0;
    for (const [width, n] of counts) {
      if (n > modeRows || (n === modeRows && width > modeWidth)) {
        modeWidth = width;
        modeRows = n;
      }
    }
    if (modeWidth < 2) continue;
    // Consistency first; among equally consistent splits, more columns is the likelier reading.
    const score = modeRows / rows.length + Math.min(modeWidth, 50) / 1000;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
