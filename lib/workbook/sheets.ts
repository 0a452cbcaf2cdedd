/**
 * Any workbook's sheets as rows of text, for files this extension did not make (a 2013 statement of
 * applicability kept in Excel). The zip is checked before it is opened (zip-guard.ts); formulas are read as their
 * text and never calculated; sheets, rows and columns are bounded. Never throws.
 */
import type { Checked } from '../exports/file-guard';
import { cellText } from './read';
import { readOpenedWorkbook } from './open';
import { workbookLimits, type ZipLimits } from './zip-guard';

export interface SheetRows {
  name: string;
  /** Index 0 is the sheet's row 1; a blank row is an empty list, so indexes stay row numbers. */
  rows: string[][];
}

export const sheetLimits = { maxSheets: 30, maxRows: 1_000, maxColumns: 40 } as const;

export function readSheets(bytes: Uint8Array, limits: ZipLimits = workbookLimits): Promise<Checked<SheetRows[]>> {
  return readOpenedWorkbook(
    bytes,
    (workbook) => {
      if (workbook.worksheets.length > sheetLimits.maxSheets) {
        return { ok: false, error: `The workbook has ${workbook.worksheets.length} sheets; keep the statement of applicability in one of at most ${sheetLimits.maxSheets}.` };
      }
      const sheets: SheetRows[] = [];
      for (const sheet of workbook.worksheets) {
        if (sheet.rowCount > sheetLimits.maxRows) {
          return { ok: false, error: `The sheet “${sheet.name}” has ${sheet.rowCount} rows: far more than a statement of applicability.` };
        }
        const rows: string[][] = [];
        for (let number = 1; number <= sheet.rowCount; number += 1) {
          const row = sheet.getRow(number);
          if (row.cellCount > sheetLimits.maxColumns) {
            return { ok: false, error: `Row ${number} of the sheet “${sheet.name}” has more than ${sheetLimits.maxColumns} columns: this is not a statement of applicability.` };
          }
          rows.push(Array.from({ length: row.cellCount }, (_, at) => cellText(row.getCell(at + 1).value)));
        }
        sheets.push({ name: sheet.name, rows });
      }
      return { ok: true, value: sheets };
    },
    limits,
  );
}
