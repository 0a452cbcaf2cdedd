/**
 * A small CSV writer for every export (DESIGN §8): RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order
 * mark so Excel reads accents and dashes correctly. Text that a spreadsheet would run as a formula is
 * neutralised with a single quote (OWASP "CSV injection"), so a hostile name cannot run a command.
 */

/** Numbers are written as they are (a finite number cannot be a formula); text is neutralised and quoted. */
export type CsvCell = string | number;

/**
 * Where a spreadsheet may start a cell: at the start of the text, and after any separator it might be set to
 * (comma; semicolon, the default in much of Europe; TAB) or a line break. Our quoting only speaks to a comma
 * reader: one set to `;` splits `x;=1+1` into `x` and `=1+1`. Spaces and quotes in between are skipped, as
 * LibreOffice's "trim spaces" and quoted fields do. What follows, if a formula can start with it (= + - @),
 * gets a single quote in front, so every possible cell starts as text.
 */
const formulaAtCellStart = /(^|[,;\t\r\n])([\s"]*)([=+\-@])/g;

export const utf8Bom = '\uFEFF';
export const csvLineEnd = '\r\n';

export function neutraliseFormula(text: string): string {
  return text.replace(formulaAtCellStart, "$1$2'$3");
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
