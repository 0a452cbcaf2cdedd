/**
 * Splits the text of a spreadsheet saved as CSV into rows of cells (RFC 4180: quotes, doubled quotes inside
 * them, line breaks inside quoted cells), guessing the separator from the header line as Excel and LibreOffice
 * write it: comma, semicolon or TAB. Refuses, with a reason, what no spreadsheet writes: binary content, an
 * unclosed quote, more rows or wider rows than any statement of applicability has.
 */
export type Split = { ok: true; rows: string[][] } | { ok: false; error: string };

export const csvLimits = {
  /** Characters: a 114-row SoA with long notes is well under 200 KB. */
  maxChars: 1_000_000,
  /** Rows, header included: 114 controls, with room for domain headings and blank lines. */
  maxRows: 1_000,
  maxCells: 40,
} as const;

function separatorOf(headerLine: string): string {
  const counts = [',', ';', '\t'].map((separator) => [separator, headerLine.split(separator).length] as const);
  return counts.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

export function splitCsv(text: string): Split {
  if (text.length > csvLimits.maxChars) {
    return { ok: false, error: `The file is larger than ${csvLimits.maxChars / 1_000_000} MB: far more than a statement of applicability. Save only the SoA sheet as CSV.` };
  }
  // A NUL or other control character (beyond TAB and line ends) means a binary file, not text saved as CSV.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    return { ok: false, error: 'This is not a text file: save the sheet as CSV (comma- or semicolon-separated values) and try again.' };
  }
  const body = text.replace(/^\uFEFF/, '');
  const separator = separatorOf(body.split(/\r?\n/, 1)[0] ?? '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < body.length; at++) {
    const char = body[at]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (body[at + 1] === '"') (cell += '"'), (at += 1);
      else quoted = false;
      continue;
    }
    if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
      if (row.length >= csvLimits.maxCells) return { ok: false, error: `A row has more than ${csvLimits.maxCells} columns: this is not a statement of applicability.` };
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[at + 1] === '\n') at += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (rows.length > csvLimits.maxRows) return { ok: false, error: `The file has more than ${csvLimits.maxRows} rows: a 2013 statement of applicability has 114 controls.` };
    } else cell += char;
  }
  if (quoted) return { ok: false, error: 'A quoted cell is never closed: the file is cut short or damaged.' };
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return { ok: true, rows: rows.filter((cells) => cells.some((value) => value.trim() !== '')) };
}
