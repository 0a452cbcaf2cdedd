import { describe, expect, it } from 'vitest';
import { prng } from '../fixtures/random';
import { toCsv, toCsvCell, toCsvRow, type CsvCell } from '../../lib/exports/csv';

describe('toCsvCell', () => {
  it.each<[CsvCell, string]>([
    ['plain', 'plain'],
    ['', ''],
    ['Müller & Søn — “quotes”', 'Müller & Søn — “quotes”'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3+cmd|/C calc', "'-2+3+cmd|/C calc"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "\t'=1+1"],
    ['\r=1+1', '"\r\'=1+1"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['=a,b', '"\'=a,b"'],
    ['a=b', 'a=b'],
    // LibreOffice's "trim spaces" import option would read it as =1.
    [' =1', " '=1"],
    ['"=1+1"', '"""\'=1+1"""'],
    ["'already", "'already"],
    [42, '42'],
    [-3.5, '-3.5'],
    [0, '0'],
  ])('%j is written as %j', (cell, expected) => {
    expect(toCsvCell(cell)).toBe(expected);
  });

  // A spreadsheet set to another separator splits the cell there, and each piece becomes a cell of its own.
  it.each<[string, string]>([
    ['x;=1+1', "x;'=1+1"],
    ['x;=1+1;y', "x;'=1+1;y"],
    ['x,=1+1', '"x,\'=1+1"'],
    ['x\t=1+1', "x\t'=1+1"],
    ['x; =1+1', "x; '=1+1"],
    ['x;"=1+1', '"x;""\'=1+1"'],
    ['x;\t@SUM(A1)', "x;\t'@SUM(A1)"],
    ['a\r\n-2+3', '"a\r\n\'-2+3"'],
    ['a\n+cmd', '"a\n\'+cmd"'],
    ['risk; high', 'risk; high'],
    ['1;2;3', '1;2;3'],
    ['x=1;y=2', 'x=1;y=2'],
  ])('%j cannot become a formula after a separator: written as %j', (cell, expected) => {
    expect(toCsvCell(cell)).toBe(expected);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (cell) => {
    expect(() => toCsvCell(cell)).toThrow(RangeError);
  });
});

describe('toCsv', () => {
  it('joins cells with commas and leaves the line end to toCsv', () => {
    expect(toCsvRow(['a', 'b c', 1])).toBe('a,b c,1');
    expect(toCsvRow([])).toBe('');
  });

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const actual = toCsv([
      ['Name', 'Score'],
      ['=evil()', 45],
      ['Two\nlines', -1],
    ]);
    const expected = '\uFEFFName,Score\r\n\'=evil(),45\r\n"Two\nlines",-1\r\n';
    expect(actual).toBe(expected);
  });

  it('an empty table is only the byte order mark', () => {
    expect(toCsv([])).toBe('\uFEFF');
  });

  it('survives a round trip through a strict RFC 4180 reader', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'comma, "quote" and\r\nnew line'],
      ['2', '-minus'],
    ];
    expect(parseRfc4180(toCsv(rows))).toEqual([rows[0], rows[1], ['2', "'-minus"]]);
  });
});

/** A minimal reader, only for the round-trip test: quoted fields, doubled quotes, CRLF records. */
function parseRfc4180(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  for (let at = 0; at < body.length; at++) {
    const char = body[at]!;
    if (inQuotes && char === '"' && body[at + 1] === '"') {
      cell += '"';
      at++;
    } else if (char === '"') {
      inQuotes = !inQuotes;
    } else if (!inQuotes && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!inQuotes && char === '\r' && body[at + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      at++;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe('no cell becomes a formula whichever separator the spreadsheet uses', () => {
  const starts = ['=', '+', '-', '@'];
  const separators = [',', ';', '\t', '\r', '\n', '\r\n'];
  /** Every place a reader that splits at any separator would start a cell: it must not start a formula. */
  const fieldStarts = (text: string) => text.split(/[,;\t\r\n]/).map((piece) => piece.replace(/^[\s"]+/, ''));

  it('holds for random text built from separators, spaces, quotes and formula characters', () => {
    const random = prng(16);
    const alphabet = [...starts, ...separators, ' ', '"', 'x', '1', "'", '('];
    for (let round = 0; round < 2_000; round++) {
      const length = 1 + Math.floor(random() * 12);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const written = toCsvCell(text);
      for (const piece of fieldStarts(written)) expect(starts.includes(piece[0] ?? ''), `${JSON.stringify(text)} → ${JSON.stringify(written)}`).toBe(false);
    }
  });
});
