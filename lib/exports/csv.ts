/**
 * A small CSV writer for every export (DESIGN §8): RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order
 * mark so Excel reads accents and dashes correctly. Text that a spreadsheet would run as a formula is
 * neutralised with a leading single quote (OWASP "CSV injection"), so a hostile name cannot run a command.
 */

/** Numbers are written as they are (a finite number cannot be a formula); text is neutralised and quoted. */
export type CsvCell = string | number;

/** Excel, LibreOffice and Google Sheets start a formula with these; tab and CR hide one after whitespace. */
const formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

export const utf8Bom = '\uFEFF';
export const csvLineEnd = '\r\n';

export function neutraliseFormula(text: string): string {
  return formulaStarts.some((start) => text.startsWith(start)) ? `'${text}` : text;
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsvCell(cell: CsvCell): string {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`A CSV cell cannot hold ${cell}`);
    return String(cell);
  }
  return quoted(neutraliseFormula(cell));
}

/** One record, without its line end. */
export function toCsvRow(cells: readonly CsvCell[]): string {
  return cells.map(toCsvCell).join(',');
}

/** A whole file: byte order mark, then every row ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return utf8Bom + rows.map((row) => toCsvRow(row) + csvLineEnd).join('');
}
