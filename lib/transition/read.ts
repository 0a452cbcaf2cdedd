/**
 * Reads a statement of applicability or gap list numbered to the 2013 edition, saved as CSV or kept in a workbook:
 * one row per 2013 control with its id, whether it is applicable, its implementation status and a note. Columns
 * are found by their header (within the first rows, under a title if the sheet has one), in any order and under
 * the names people give them; every row must name a 2013 control and say something usable. Any problem refuses
 * the whole file with the row and the reason: nothing is half-read.
 */
import type { Maturity } from '../answers';
import { crosswalkById } from '../crosswalks';
import { splitCsv } from './csv-text';

export interface SoaRow2013 {
  /** "A.12.3.1". */
  id: string;
  applicable?: boolean;
  level?: Maturity;
  note?: string;
  /** The file's own row number, header counted, as a spreadsheet shows it. */
  line: number;
}

export type Read2013 = { ok: true; rows: SoaRow2013[] } | { ok: false; error: string };

const columnNames = {
  id: /^(annex a )?(control|ctrl|ref|reference|id|no\.?|number|clause|control (id|ref|no\.?|number))$/,
  applicable: /^(applicable|applicability|included|in scope|selected|applies)\??$/,
  status: /^(status|implementation( status)?|implemented\??|maturity|level|state)$/,
  note: /^(notes?|comments?|justification|remarks?|rationale|reason|evidence)$/,
} as const;
type Column = keyof typeof columnNames;

const yes = new Set(['yes', 'y', 'true', '1', 'applicable', 'included', 'x', '✓', 'in scope']);
const no = new Set(['no', 'n', 'false', '0', 'not applicable', 'n/a', 'na', 'excluded', 'out of scope']);

const notApplicableStatus = new Set(['not applicable', 'n/a', 'na', 'excluded', 'out of scope']);

/** Status words as 2013 SoAs and gap lists write them, on our 0–4 scale. */
const statusLevels: ReadonlyArray<[RegExp, Maturity]> = [
  [/^(not implemented|not started|missing|none|no|absent|not in place|0)$/, 0],
  [/^(planned|ad hoc|initial|informal|1)$/, 1],
  [/^(partial(ly)?( implemented)?|in progress|defined|documented|draft|2)$/, 2],
  [/^(implemented|in place|yes|done|complete(d)?|operating|operational|3)$/, 3],
  [/^(fully implemented|audit[- ]ready|effective|optimi[sz]ed|verified|managed|4)$/, 4],
];

/** A cell a spreadsheet would run as a formula: refused rather than kept, in case it is opened again. */
const formula = /^[=@]|^[+-]\s*[A-Za-z_][\w.]*\s*[(|!]/;

/** "A.12.3.1", "12.3.1", "A12.3.1" or "A.12.3.1 Information backup" → "A.12.3.1"; undefined for anything else. */
export function controlId2013(cell: string): string | undefined {
  const match = /^\s*(?:A\.?\s?)?(\d{1,2})\.(\d{1,2})\.(\d{1,2})(?=$|[\s:–—-])/i.exec(cell);
  return match ? `A.${Number(match[1])}.${Number(match[2])}.${Number(match[3])}` : undefined;
}

function findColumns(header: readonly string[]): Columns {
  const found: Columns = {};
  header.forEach((cell, at) => {
    const name = cell.trim().toLowerCase().replace(/\s+/g, ' ');
    for (const column of Object.keys(columnNames) as Column[]) {
      if (found[column] === undefined && columnNames[column].test(name)) found[column] = at;
    }
  });
  return found;
}

function readApplicable(cell: string): boolean | undefined | 'bad' {
  const value = cell.trim().toLowerCase();
  if (!value) return undefined;
  if (yes.has(value)) return true;
  if (no.has(value)) return false;
  return 'bad';
}

function readStatus(cell: string): Maturity | undefined | 'bad' {
  const value = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  // "Not applicable" under Status says nothing about implementation: the Applicable column decides.
  if (!value || notApplicableStatus.has(value)) return undefined;
  return statusLevels.find(([pattern]) => pattern.test(value))?.[1] ?? 'bad';
}

/** How far down a sheet its header row may sit, under a title and a blank line or two. */
const headerSearchRows = 10;

const noHeader =
  'No row near the top names the columns: one should name a control id ("Control") and at least one of "Applicable" and "Status" (a "Notes" column is optional).';

type Columns = Partial<Record<Column, number>>;

/** The header row's index and its columns, when one of the first rows names the columns we need. */
function findHeader(rows: readonly (readonly string[])[]): { at: number; columns: Columns } | undefined {
  for (const [at, cells] of rows.slice(0, headerSearchRows).entries()) {
    const columns = findColumns(cells);
    if (columns.id !== undefined && (columns.applicable !== undefined || columns.status !== undefined)) return { at, columns };
  }
  return undefined;
}

/** A SoA saved as CSV. */
export function read2013Soa(text: string): Read2013 {
  const split = splitCsv(text);
  if (!split.ok) return split;
  if (split.rows.length === 0) return { ok: false, error: 'The file is empty.' };
  return read2013Rows(split.rows);
}

/** A SoA kept in a workbook: the first sheet whose top rows name the columns is read; the others are left alone. */
export function read2013Sheets(sheets: ReadonlyArray<{ name: string; rows: readonly (readonly string[])[] }>): Read2013 {
  const sheet = sheets.find(({ rows }) => findHeader(rows) !== undefined);
  if (!sheet) {
    return { ok: false, error: `No sheet of the workbook (${sheets.map(({ name }) => `“${name}”`).join(', ') || 'none'}) looks like a statement of applicability. ${noHeader}` };
  }
  const read = read2013Rows(sheet.rows);
  return read.ok ? read : { ok: false, error: `Sheet “${sheet.name}”, ${read.error.charAt(0).toLowerCase()}${read.error.slice(1)}` };
}

/** Rows of cells, index 0 being the file's first row (so messages name the row a spreadsheet shows). */
export function read2013Rows(table: readonly (readonly string[])[]): Read2013 {
  const header = findHeader(table);
  if (!header) return { ok: false, error: noHeader };
  const { columns } = header;
  const known = new Set(crosswalkById('iso27001-2013').sourceIds);
  const rows: SoaRow2013[] = [];
  const seen = new Map<string, number>();
  for (const [index, cells] of table.entries()) {
    if (index <= header.at) continue;
    const line = index + 1;
    const cell = (column: Column) => (columns[column] === undefined ? '' : (cells[columns[column]!] ?? ''));
    for (const value of cells) {
      if (formula.test(value.trim())) return { ok: false, error: `Row ${line}: a cell holds a spreadsheet formula (${value.trim().slice(0, 30)}). Save the sheet with values only, and try again.` };
    }
    const rawId = cell('id').trim();
    const id = controlId2013(rawId);
    // Domain headings ("A.12 Operations security") and rows without an id are part of many SoAs: a row that says
    // nothing about applicability or status is skipped, not refused.
    if (!id && !cell('applicable').trim() && !cell('status').trim()) continue;
    if (!id) {
      const hint = /^A?\.?\s?[5-8]\.\d{1,2}\b/i.test(rawId) ? ' It looks like 2022 numbering, which needs no transition.' : '';
      return { ok: false, error: `Row ${line}: "${rawId.slice(0, 40)}" is not a 2013 control id such as A.12.3.1.${hint}` };
    }
    if (!known.has(id)) {
      return { ok: false, error: `Row ${line}: ${id} is not a control of the 2013 Annex A (A.5.1.1 to A.18.2.3). Is this file numbered to another edition?` };
    }
    if (seen.has(id)) return { ok: false, error: `Row ${line}: ${id} appears twice (first on row ${seen.get(id)}). Keep one row per control.` };
    seen.set(id, line);
    const applicable = readApplicable(cell('applicable'));
    if (applicable === 'bad') return { ok: false, error: `Row ${line}: "${cell('applicable').trim().slice(0, 30)}" under Applicable is neither yes nor no.` };
    const level = readStatus(cell('status'));
    if (level === 'bad') {
      return { ok: false, error: `Row ${line}: status "${cell('status').trim().slice(0, 30)}" is not one we can read: use a level 0–4 or words such as not implemented, planned, partial, implemented.` };
    }
    const note = cell('note').trim().slice(0, 2_000);
    rows.push({ id, line, ...(applicable !== undefined ? { applicable } : {}), ...(level !== undefined ? { level } : {}), ...(note ? { note } : {}) });
  }
  if (rows.length === 0) return { ok: false, error: 'No row names a 2013 control: there is nothing to carry over.' };
  return { ok: true, rows };
}
