/**
 * The assessment as an .xlsx workbook a consultant sends to a client: a summary, the answers as a questionnaire
 * to fill in (a drop-down for the level, the item ids and questions locked), the SoA and the roadmap. Every
 * value is written as a plain value, never as a formula, so nothing a user typed is ever calculated.
 */
import { Workbook, type Worksheet } from '@cj-tech-master/excelts';
import type { Answers } from '../answers';
import type { AssessmentRecord } from '../assessment';
import type { Catalog } from '../catalog';
import type { CsvCell } from '../exports/csv';
import { isoDay } from '../exports/format';
import { roadmapCsvHeader, roadmapRows } from '../exports/roadmap-csv';
import { soaCsvHeader, soaRows } from '../exports/soa';
import type { Summary } from '../exports/summary';
import type { Roadmap } from '../roadmap';
import { aboutLabels, answerColumns, evidenceWords, levelChoices, levelLabel, sheetNames, workbookFormat } from './layout';

export interface WorkbookInput {
  catalog: Catalog;
  assessment: AssessmentRecord;
  /** Item answers, resolved from every depth. */
  answers: Answers;
  /** Absent when the estimate could not be made: the summary and roadmap sheets then say why. */
  planned?: { summary: Summary; roadmap: Roadmap };
  estimateErrors?: string[];
  /** The consultant's firm, from the brand in Settings. */
  firmName?: string;
  now: number;
}

/** Protection keeps the layout from being broken by accident; it has no password, so it is no secret. */
const protection = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  sort: false,
  autoFilter: true,
};

function bold(sheet: Worksheet, rowNumber: number): void {
  sheet.getRow(rowNumber).font = { bold: true };
}

function addTable(sheet: Worksheet, header: readonly string[], rows: CsvCell[][], widths: number[]): void {
  sheet.columns = header.map((title, at) => ({ header: title, width: widths[at] ?? 14 }));
  bold(sheet, 1);
  for (const row of rows) sheet.addRow(row).alignment = { vertical: 'top', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function summarySheet(workbook: Workbook, input: WorkbookInput): void {
  const sheet = workbook.addWorksheet(sheetNames.summary);
  sheet.columns = [{ width: 46 }, { width: 14 }, { width: 14 }];
  const { assessment } = input;
  const lines: CsvCell[][] = [
    [`ISO/IEC 27001 readiness: ${assessment.organization}`],
    ...(input.firmName ? [[`Prepared by ${input.firmName}`]] : []),
    [`${assessment.sector} · ${assessment.employees} people · ${assessment.depth} assessment · ${isoDay(assessment.updatedAt)}`],
    [],
  ];
  for (const line of lines) sheet.addRow(line);
  bold(sheet, 1);
  const summary = input.planned?.summary;
  if (!summary) {
    sheet.addRow(['The summary needs an estimate, which could not be made:']);
    for (const error of input.estimateErrors ?? []) sheet.addRow([error]);
  } else {
    bold(sheet, sheet.addRow([summary.verdict.headline]).number);
    for (const text of [summary.verdict.sentence, summary.confidence.sentence, '']) sheet.addRow([text]);
    bold(sheet, sheet.addRow(['Area', 'Readiness', 'Answered']).number);
    const groups = [{ title: 'Overall', score: summary.readiness.overall, coverage: summary.readiness.coverage }, ...summary.readiness.groups.map((group) => ({
      title: `${group.kind === 'clause' ? 'Clause' : 'Annex'} ${group.id} ${group.title}`,
      score: group.score,
      coverage: group.coverage,
    }))];
    for (const group of groups) {
      const row = sheet.addRow([group.title, group.score ?? 'not assessed', group.coverage]);
      row.getCell(2).numFmt = '0%';
      row.getCell(3).numFmt = '0%';
    }
    sheet.addRow([]);
    bold(sheet, sheet.addRow(['Cost and timeline']).number);
    for (const sentence of summary.cost.sentences) sheet.addRow([sentence]);
    sheet.addRow([]);
    bold(sheet, sheet.addRow(['Next steps']).number);
    summary.nextSteps.forEach((step, at) => sheet.addRow([`${at + 1}. ${step}`]));
  }
  sheet.addRow([]);
  sheet.addRow([`Fill in the ${sheetNames.answers} sheet and send the workbook back: it imports into the assessment, showing every change first.`]);
}

function answersSheet(workbook: Workbook, { catalog, answers }: WorkbookInput): void {
  const sheet = workbook.addWorksheet(sheetNames.answers);
  sheet.columns = answerColumns.map(({ header, width }) => ({ header, width }));
  bold(sheet, 1);
  const groups = new Map(catalog.groups.map((group) => [group.id, group]));
  for (const item of catalog.items) {
    const answer = answers[item.id];
    const group = groups.get(item.group);
    const values: Record<(typeof answerColumns)[number]['key'], string> = {
      item: item.id,
      part: group ? `${group.kind === 'clause' ? 'Clause' : ''} ${group.id} ${group.title}`.trim() : item.group,
      title: item.title,
      question: item.question,
      level: answer ? levelLabel(answer.level) : '',
      note: answer?.note ?? '',
      evidence: answer?.evidence === undefined ? '' : answer.evidence ? evidenceWords.yes : evidenceWords.no,
      owner: answer?.owner ?? '',
      justification: answer?.justification ?? '',
    };
    const row = sheet.addRow(answerColumns.map(({ key }) => values[key]));
    row.alignment = { vertical: 'top', wrapText: true };
    answerColumns.forEach(({ key, editable }, at) => {
      const cell = row.getCell(at + 1);
      cell.protection = { locked: !editable };
      if (key === 'level') {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${levelChoices(item.id).join(',')}"`],
          showErrorMessage: true,
          errorTitle: 'Level',
          error: 'Choose a level from the list.',
        };
      }
      if (key === 'evidence') {
        cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${evidenceWords.yes},${evidenceWords.no}"`], showErrorMessage: true };
      }
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
}

function aboutSheet(workbook: Workbook, { catalog, assessment, now }: WorkbookInput): void {
  const sheet = workbook.addWorksheet(sheetNames.about);
  sheet.columns = [{ width: 18 }, { width: 50 }];
  const rows: Array<[string, CsvCell]> = [
    [aboutLabels.format, workbookFormat.id],
    [aboutLabels.formatVersion, workbookFormat.version],
    [aboutLabels.catalogVersion, catalog.version],
    [aboutLabels.organization, assessment.organization],
    [aboutLabels.assessmentId, assessment.id],
    [aboutLabels.exportedAt, new Date(now).toISOString()],
  ];
  for (const row of rows) sheet.addRow(row);
}

/** The workbook's bytes, ready to save as .xlsx. */
export async function toWorkbook(input: WorkbookInput): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new Workbook();
  workbook.creator = input.firmName || 'ISO 27001 Readiness';
  workbook.created = new Date(input.now);
  workbook.modified = new Date(input.now);
  summarySheet(workbook, input);
  answersSheet(workbook, input);
  const soa = workbook.addWorksheet(sheetNames.soa);
  addTable(soa, soaCsvHeader, soaRows(input.catalog, input.answers), [9, 32, 7, 11, 22, 40, 14, 18, 10, 18, 40]);
  const roadmap = workbook.addWorksheet(sheetNames.roadmap);
  if (input.planned) addTable(roadmap, roadmapCsvHeader, roadmapRows(input.planned.roadmap, input.catalog), [8, 14, 10, 44, 16, 36]);
  else roadmap.addRow(['The roadmap needs an estimate, which could not be made.']);
  aboutSheet(workbook, input);
  for (const sheet of workbook.worksheets) await sheet.protect('', protection);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
