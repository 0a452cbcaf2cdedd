/**
 * A 2013 statement of applicability kept in Excel: read sheet by sheet (lib/workbook/sheets.ts), then as rows
 * (lib/transition). Formulas are their text and refused; a hostile archive is refused before it is opened.
 */
import { describe, expect, it } from 'vitest';
import { read2013Sheets } from '../../lib/transition';
import { readSheets } from '../../lib/workbook';
import { hostileWorkbooks } from '../fixtures/hostile-workbooks';
import { ids2013, soa2013Workbook as soaWorkbook } from '../fixtures/soa-2013';

describe('a 2013 SoA kept in a workbook', () => {
  it('reads the SoA sheet under its title, with numbers and TRUE/FALSE as a spreadsheet stores them', async () => {
    const bytes = await soaWorkbook({
      'A.12.3.1': { status: 2, note: 'Restores tested twice a year' },
      'A.6.2.2': { applicable: false, status: 'Not applicable', note: 'Nobody works remotely' },
      'A.9.2.3': { applicable: true, status: 'Planned' },
    });
    const sheets = await readSheets(bytes);
    expect(sheets.ok && sheets.value.map(({ name }) => name)).toEqual(['Cover', 'SoA 2013']);
    const read = sheets.ok ? read2013Sheets(sheets.value) : sheets;
    expect(read.ok && read.rows).toHaveLength(114);
    const byId = new Map(read.ok ? read.rows.map((row) => [row.id, row]) : []);
    expect(byId.get('A.12.3.1')).toEqual({ id: 'A.12.3.1', line: 4 + ids2013.indexOf('A.12.3.1'), applicable: true, level: 2, note: 'Restores tested twice a year' });
    expect(byId.get('A.6.2.2')).toMatchObject({ applicable: false, note: 'Nobody works remotely' });
    expect(byId.get('A.6.2.2')).not.toHaveProperty('level');
    expect(byId.get('A.9.2.3')).toMatchObject({ applicable: true, level: 1 });
  });

  it('refuses a formula as its text, never its result, and names the sheet and row', async () => {
    const bytes = await soaWorkbook({ 'A.8.1.1': { note: { formula: 'HYPERLINK("http://evil.example","fine")', result: 'fine' } } });
    const sheets = await readSheets(bytes);
    const read = sheets.ok ? read2013Sheets(sheets.value) : sheets;
    expect(read).toEqual({
      ok: false,
      error: `Sheet “SoA 2013”, row ${4 + ids2013.indexOf('A.8.1.1')}: a cell holds a spreadsheet formula (=HYPERLINK("http://evil.exampl).` +
        ' Save the sheet with values only, and try again.',
    });
  });

  it('never throws on 45 damaged and hostile workbooks, and refuses the archives that are not workbooks', async () => {
    const problems: string[] = [];
    for (const variant of hostileWorkbooks(await soaWorkbook(), 45, 27)) {
      try {
        const sheets = await readSheets(variant.bytes);
        const result = sheets.ok ? read2013Sheets(sheets.value) : sheets;
        if (!result.ok && (result.error.length === 0 || result.error.length > 2_000)) problems.push(`${variant.name}: message of ${result.error.length} characters`);
        if (/zip bomb|not a workbook|renamed|empty zip|nothing|too large/.test(variant.name) && result.ok) problems.push(`${variant.name}: accepted`);
      } catch (error) {
        problems.push(`${variant.name}: threw ${String(error)}`);
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);
});
