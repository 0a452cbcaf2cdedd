/**
 * The spreadsheet round trip (issue 14): an .xlsx workbook to send to a client, and the way back in with a
 * preview of every change. Pages load this family only when the user asks for a workbook: the spreadsheet
 * library is large and no page needs it to start.
 */
export { toWorkbook, type WorkbookInput } from './write';
export { readWorkbook, cellText, type WorkbookAnswers, type WorkbookRow } from './read';
export { previewWorkbook, chosenAnswers, type WorkbookPreview, type ItemChange, type SkippedRow, type AnswerField } from './preview';
export { unpackWorkbook, workbookLimits, type ZipLimits } from './zip-guard';
export { levelLabel, parseLevel, sheetNames, answerColumns, workbookFormat } from './layout';
export { readSheets, sheetLimits, type SheetRows } from './sheets';
