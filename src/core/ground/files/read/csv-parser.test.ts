import { describe, expect, it } from 'vitest';
import { CsvParser, parseCsvText } from './csv-parser';
import { sniffDelimiter } from './delimiter';

function parseInPieces(text: string, delimiter: string, pieceLength: number, maxField = 1000) {
  const rows: { cells: string[]; row: number; long: unknown }[] = [];
  const parser = new CsvParser(delimiter, (cells, row, long) => rows.push({ cells, row, long }), maxField);
  for (let i = 0; i < text.length; i += pieceLength) parser.push(text.slice(i, i + pieceLength));
  const open = parser.insideQuotes;
  parser.end();
  return { rows, open };
}

describe('CSV parser', () => {
  it.each([',', ';', '\t', '|'])('splits on %j, with quotes and escaped quotes', (d) => {
    const text = `sku${d}name${d}qty\nA-1${d}"Shirt ${d} blue"${d}3\nB-2${d}"Say ""hi"""${d}4\n`;
    expect(parseCsvText(text, d)).toEqual([
      ['sku', 'name', 'qty'],
      ['A-1', `Shirt ${d} blue`, '3'],
      ['B-2', 'Say "hi"', '4'],
    ]);
  });

  it('keeps newlines inside quotes and numbers rows as records (header = row 1)', () => {
    const { rows } = parseInPieces('a,b\r\n"line 1\r\nline 2",x\r\nlast,y', ',', 1000);
    expect(rows.map((r) => r.cells)).toEqual([['a', 'b'], ['line 1\r\nline 2', 'x'], ['last', 'y']]);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('gives the same rows whatever the chunk boundaries', () => {
    const text = 'sku,name\r\n"A ""1""","x,y"\r\nB,"multi\nline"\nC,\r\n';
    const whole = parseInPieces(text, ',', 1000).rows.map((r) => r.cells);
    for (const piece of [1, 2, 3, 5, 7]) expect(parseInPieces(text, ',', piece).rows.map((r) => r.cells)).toEqual(whole);
    expect(whole).toEqual([['sku', 'name'], ['A "1"', 'x,y'], ['B', 'multi\nline'], ['C', '']]);
  });

  it('cuts a field longer than the limit and says so', () => {
    const { rows } = parseInPieces(`a,b\nshort,${'x'.repeat(25)}\n`, ',', 4, 10);
    expect(rows[1]!.cells[1]).toBe('x'.repeat(10));
    expect(rows[1]!.long).toEqual([{ column: 1, length: 25 }]);
  });

  it('notices a quote that is never closed', () => {
    const { rows, open } = parseInPieces('a,b\n1,"never closed\n2,3\n', ',', 3);
    expect(open).toBe(true);
    expect(rows).toHaveLength(2);
  });

  it('reads a last line without a newline, and an empty last field', () => {
    expect(parseCsvText('a,b\n1,', ',')).toEqual([['a', 'b'], ['1', '']]);
  });
});

describe('delimiter sniffing', () => {
  it.each([
    [',', 'sku,name,qty\nA,"x, y",1\nB,z,2\n'],
    [';', 'sku;datum;menge\nA;01.02.2024;1,5\nB;02.02.2024;2,25\n'],
    ['\t', 'sku\tname\tqty\nA\tx, y\t1\nB\tz\t2\n'],
    ['|', 'sku|name|qty\nA|x;y|1\nB|z|2\n'],
  ])('finds %j', (expected, text) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });
});
