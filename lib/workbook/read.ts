/**
 * Reads a filled-in workbook back: checks that it is one of ours and that every answer row makes sense, and
 * returns the rows as plain data. Formulas are read as their text and never calculated. Anything wrong refuses
 * the whole workbook with the reasons, so nothing half-read reaches the preview. Never throws.
 */
import type { CellValue, Worksheet } from '@cj-tech-master/excelts';
import type { Level } from '../answers';
import type { Catalog } from '../catalog';
import type { Checked } from '../exports/file-guard';
import { textLimits } from '../exports/assessment-schema';
import { aboutLabels, answerColumns, evidenceWords, parseLevel, sheetNames, workbookFormat, type AnswerColumn } from './layout';
import { readOpenedWorkbook } from './open';
import { workbookLimits, type ZipLimits } from './zip-guard';

export interface WorkbookRow {
  /** The row number in the sheet, for messages. */
  row: number;
  itemId: string;
  /** Undefined when the cell is blank. */
  level: Level | undefined;
  note: string;
  evidence: boolean | undefined;
  owner: string;
  justification: string;
}

export interface WorkbookAnswers {
  organization: string;
  assessmentId: string;
  catalogVersion: string;
  rows: WorkbookRow[];
}

const maxProblemsShown = 8;
const maxRows = 1_000;

/** A cell as the text a person sees typed in it; a formula is its own text ("=SUM(A1:A3)"), never its result. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  if ('sharedFormula' in value && typeof value.sharedFormula === 'string') return `=${value.sharedFormula}`;
  if ('richText' in value && Array.isArray(value.richText)) return cellText(value.richText.map((run) => run.text).join(''));
  if ('text' in value && typeof value.text === 'string') return cellText(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

function readAbout(sheet: Worksheet | undefined): Checked<Map<string, string>> {
  if (!sheet) return { ok: false, error: `The workbook has no “${sheetNames.about}” sheet, so it was not made by this extension (or the sheet was removed).` };
  const about = new Map<string, string>();
  sheet.eachRow((row) => {
    about.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value));
  });
  if (about.get(aboutLabels.format) !== workbookFormat.id) {
    return { ok: false, error: `This is not a workbook from this extension: its “${aboutLabels.format}” is not “${workbookFormat.id}”.` };
  }
  const version = Number(about.get(aboutLabels.formatVersion));
  if (!Number.isInteger(version) || version < 1) return { ok: false, error: `The workbook has no valid “${aboutLabels.formatVersion}”.` };
  if (version > workbookFormat.version) {
    return { ok: false, error: `The workbook comes from a newer version of the extension (format ${version}). Update the extension and try again.` };
  }
  return { ok: true, value: about };
}

function columnsOf(sheet: Worksheet): Checked<Record<AnswerColumn, number>> {
  const found = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => found.set(cellText(cell.value).toLowerCase(), column));
  const columns = {} as Record<AnswerColumn, number>;
  for (const { key, header } of answerColumns) {
    const column = found.get(header.toLowerCase());
    if (column === undefined) return { ok: false, error: `The “${sheetNames.answers}” sheet has no “${header}” column in its first row.` };
    columns[key] = column;
  }
  return { ok: true, value: columns };
}

function parseEvidence(text: string): { ok: true; evidence: boolean | undefined } | { ok: false } {
  const key = text.toLowerCase();
  if (key === '') return { ok: true, evidence: undefined };
  if (key === evidenceWords.yes.toLowerCase() || key === 'true') return { ok: true, evidence: true };
  if (key === evidenceWords.no.toLowerCase() || key === 'false') return { ok: true, evidence: false };
  return { ok: false };
}

const quoted = (text: string) => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;

function readRows(sheet: Worksheet, columns: Record<AnswerColumn, number>, catalog: Catalog): Checked<WorkbookRow[]> {
  if (sheet.rowCount > maxRows) return { ok: false, error: `The “${sheetNames.answers}” sheet has ${sheet.rowCount} rows; it should have one per item (${catalog.items.length}).` };
  const known = new Set(catalog.items.map((item) => item.id));
  const seen = new Set<string>();
  const problems: string[] = [];
  const rows: WorkbookRow[] = [];
  for (let number = 2; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    const text = (key: AnswerColumn) => cellText(row.getCell(columns[key]).value);
    const editable = answerColumns.filter((column) => column.editable).map(({ key }) => text(key));
    const itemId = text('item');
    if (itemId === '' && editable.every((value) => value === '')) continue;
    const where = `Row ${number}${itemId ? ` (${itemId.slice(0, 20)})` : ''}`;
    if (itemId === '') {
      problems.push(`${where} has answers but no item id.`);
      continue;
    }
    if (!known.has(itemId)) {
      problems.push(`${where}: ${quoted(itemId)} is not an item of this catalog.`);
      continue;
    }
    if (seen.has(itemId)) problems.push(`${where}: item ${itemId} appears more than once.`);
    seen.add(itemId);
    const level = parseLevel(text('level'));
    if (!level.ok) {
      const formula = text('level').startsWith('=') ? ' Formulas are not calculated here.' : '';
      problems.push(`${where}: ${quoted(text('level'))} is not a level; choose one from the list.${formula}`);
    }
    const evidence = parseEvidence(text('evidence'));
    if (!evidence.ok) problems.push(`${where}: “Evidence exists” should be ${evidenceWords.yes}, ${evidenceWords.no} or blank, not ${quoted(text('evidence'))}.`);
    for (const [key, limit] of [['note', textLimits.note], ['owner', textLimits.owner], ['justification', textLimits.justification]] as const) {
      if (text(key).length > limit) problems.push(`${where}: the ${key} is ${text(key).length} characters long; at most ${limit} fit.`);
    }
    if (level.ok && evidence.ok) {
      rows.push({ row: number, itemId, level: level.level, note: text('note'), evidence: evidence.evidence, owner: text('owner'), justification: text('justification') });
    }
  }
  if (problems.length > 0) {
    const more = problems.length - maxProblemsShown;
    return { ok: false, error: [...problems.slice(0, maxProblemsShown), ...(more > 0 ? [`…and ${more} more problems.`] : [])].join('\n') };
  }
  return { ok: true, value: rows };
}

/** The answers a workbook holds, or why it was refused. Never throws, never touches storage. */
export function readWorkbook(bytes: Uint8Array, catalog: Catalog, limits: ZipLimits = workbookLimits): Promise<Checked<WorkbookAnswers>> {
  return readOpenedWorkbook(
    bytes,
    (workbook) => {
      const about = readAbout(workbook.getWorksheet(sheetNames.about));
      if (!about.ok) return about;
      const sheet = workbook.getWorksheet(sheetNames.answers);
      if (!sheet) return { ok: false, error: `The workbook has no “${sheetNames.answers}” sheet: it may have been renamed or removed.` };
      const columns = columnsOf(sheet);
      if (!columns.ok) return columns;
      const rows = readRows(sheet, columns.value, catalog);
      if (!rows.ok) return rows;
      return {
        ok: true,
        value: {
          organization: about.value.get(aboutLabels.organization) ?? '',
          assessmentId: about.value.get(aboutLabels.assessmentId) ?? '',
          catalogVersion: about.value.get(aboutLabels.catalogVersion) ?? '',
          rows: rows.value,
        },
      };
    },
    limits,
  );
}
