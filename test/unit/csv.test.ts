import { describe, expect, it } from 'vitest';
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
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', '"\'\r=1+1"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['=a,b', '"\'=a,b"'],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ["'already", "'already"],
    [42, '42'],
    [-3.5, '-3.5'],
    [0, '0'],
  ])('%j is written as %j', (cell, expected) => {
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
