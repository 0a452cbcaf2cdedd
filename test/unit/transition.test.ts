import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog';
import { crosswalkById, sourcesOf } from '../../lib/crosswalks';
import { controlId2013, csvLimits, provenance2013, read2013Rows, read2013Sheets, read2013Soa, transitionFrom2013 } from '../../lib/transition';
import { ids2013, soa2013Csv } from '../fixtures/soa-2013';

const catalog = loadCatalog();
const newIn2022 = catalog.items.filter((item) => item.newIn2022).map((item) => item.id);

function transitionOf(text: string) {
  const read = read2013Soa(text);
  if (!read.ok) throw new Error(read.error);
  return transitionFrom2013(catalog, read.rows);
}

describe('reading a 2013 statement of applicability', () => {
  it.each([
    ['A.12.3.1', 'A.12.3.1'],
    ['12.3.1', 'A.12.3.1'],
    ['A12.3.1', 'A.12.3.1'],
    ['a.5.1.2 Review of the policies', 'A.5.1.2'],
    ['A.9.2.1: User registration', 'A.9.2.1'],
    ['A.12.3', undefined],
    ['A.5.23', undefined],
    ['Backup', undefined],
  ])('reads the control id in "%s" as %s', (cell, expected) => {
    expect(controlId2013(cell)).toBe(expected);
  });

  it.each([
    ['0', 0],
    ['No', 0],
    ['Planned', 1],
    ['Partially implemented', 2],
    ['In place', 3],
    ['Fully implemented', 4],
    ['Not applicable', undefined],
    ['', undefined],
  ])('reads status "%s" as level %s', (status, expected) => {
    const actual = read2013Soa(`Control,Status\r\nA.12.3.1,${status}\r\nA.5.1.1,Implemented\r\n`);
    expect(actual.ok && actual.rows[0]!.level).toBe(expected);
  });

  it('reads every row, finding columns by name in any order, with a BOM, semicolons and domain headings', () => {
    const text = '\uFEFFNotes;Status;Ref;Included?\r\nA.12 Operations security;;;\r\n"Nightly, tested";Partially implemented;A.12.3.1;Yes\r\n;Not applicable;A.11.1.6;No\r\n';
    const actual = read2013Soa(text);
    expect(actual).toEqual({
      ok: true,
      rows: [
        { id: 'A.12.3.1', line: 3, applicable: true, level: 2, note: 'Nightly, tested' },
        { id: 'A.11.1.6', line: 4, applicable: false },
      ],
    });
  });

  it('finds the header under a title and a blank row, and names rows as the sheet numbers them', () => {
    const table = [['Statement of Applicability, ISO/IEC 27001:2013'], [], ['Control', 'Applicable', 'Status'], ['A.12.3.1', 'Yes', 'Planned']];
    expect(read2013Rows(table)).toEqual({ ok: true, rows: [{ id: 'A.12.3.1', line: 4, applicable: true, level: 1 }] });
  });

  it('reads the first sheet of a workbook that looks like a SoA, and names the sheet in what it refuses', () => {
    const cover = { name: 'Cover', rows: [['Contoso'], ['Prepared by the ISMS team']] };
    const soa = { name: 'SoA 2013', rows: [['Control', 'Applicable', 'Status'], ['A.12.3.1', 'Yes', 'Partial']] };
    const broken = { name: 'SoA 2013', rows: [['Control', 'Applicable'], ['A.12.3.1', 'Sometimes']] };
    expect(read2013Sheets([cover, soa])).toEqual({ ok: true, rows: [{ id: 'A.12.3.1', line: 2, applicable: true, level: 2 }] });
    expect(read2013Sheets([cover, broken])).toEqual({ ok: false, error: 'Sheet “SoA 2013”, row 2: "Sometimes" under Applicable is neither yes nor no.' });
    const none = read2013Sheets([cover]);
    expect(!none.ok && none.error).toMatch(/^No sheet of the workbook \(“Cover”\) looks like a statement of applicability\./);
  });

  // Each hostile or broken file is refused whole, with a reason a person can act on.
  const hostile: Array<[string, string, string]> = [
    ['an empty file', '', 'empty'],
    ['only blank lines', '\r\n\r\n,,\r\n', 'empty'],
    ['a header and no controls', 'Control,Applicable,Status\r\n', 'nothing to carry over'],
    ['no control id column', 'Name,Applicable,Status\r\nBackup,Yes,Implemented\r\n', 'No row near the top names the columns'],
    ['neither applicable nor status', 'Control,Notes\r\nA.12.3.1,fine\r\n', 'No row near the top names the columns'],
    ['a formula in a note', soa2013Csv({ 'A.12.3.1': { note: '=HYPERLINK("http://evil.example","click")' } }), 'spreadsheet formula'],
    ['a DDE payload', soa2013Csv({ 'A.8.1.1': { note: '+cmd|\' /C calc\'!A0' } }), 'spreadsheet formula'],
    ['an @ formula', soa2013Csv({ 'A.8.1.1': { status: '@SUM(1+1)' } }), 'spreadsheet formula'],
    ['binary content', `PK\u0003\u0004${'\u0000'.repeat(20)}`, 'not a text file'],
    ['a huge file', `Control,Applicable\r\n${'A.12.3.1,Yes,'.padEnd(csvLimits.maxChars + 10, 'x')}`, 'larger than'],
    ['too many rows', `Control,Applicable\r\n${'A.12.3.1,Yes\r\n'.repeat(csvLimits.maxRows + 5)}`, 'more than 1000 rows'],
    ['too many columns', `Control,Applicable,${'x,'.repeat(60)}\r\n`, 'more than 40 columns'],
    ['an unclosed quote', 'Control,Applicable,Notes\r\nA.12.3.1,Yes,"never closed\r\n', 'never closed'],
    ['an id the 2013 edition never had', 'Control,Applicable\r\nA.12.8.1,Yes\r\n', 'not a control of the 2013 Annex A'],
    ['2022 numbering', 'Control,Applicable\r\nA.5.23,Yes\r\n', 'looks like 2022 numbering'],
    ['a control twice', 'Control,Applicable\r\nA.12.3.1,Yes\r\nA.12.3.1,No\r\n', 'appears twice'],
    ['an applicability that is neither yes nor no', 'Control,Applicable\r\nA.12.3.1,Sometimes\r\n', 'neither yes nor no'],
    ['a status we cannot read', 'Control,Status\r\nA.12.3.1,Purple\r\n', 'is not one we can read'],
  ];
  it.each(hostile)('refuses %s', (_, text, expected) => {
    const actual = read2013Soa(text);
    expect(actual.ok).toBe(false);
    expect(!actual.ok && actual.error).toContain(expected);
  });
});

describe('carrying a 2013 SoA over to 2022', () => {
  it('answers every 2022 control that descends from 2013, and sets the 11 new ones apart with no answer', () => {
    const actual = transitionOf(soa2013Csv());
    expect(actual.newControls).toEqual(newIn2022);
    expect(actual.newControls).toHaveLength(11);
    expect(actual.notInFile).toEqual([]);
    expect(Object.keys(actual.answers)).toHaveLength(93 - 11);
    for (const id of newIn2022) expect(actual.answers[id]).toBeUndefined();
    expect(actual.answers['A.8.13']).toEqual({ level: 3, provenance: `${provenance2013}: A.12.3.1 (3)` });
  });

  it('keeps the lowest status of merged controls, and says so', () => {
    // A.5.1 merged A.5.1.1 and A.5.1.2.
    expect(sourcesOf(crosswalkById('iso27001-2013'), 'A.5.1').map((row) => row.source)).toEqual(['A.5.1.1', 'A.5.1.2']);
    const actual = transitionOf(soa2013Csv({ 'A.5.1.2': { status: 'Planned', note: 'Review overdue' } }));
    expect(actual.answers['A.5.1']).toEqual({
      level: 1,
      note: 'A.5.1.2: Review overdue',
      provenance: `${provenance2013}: A.5.1.1 (3), A.5.1.2 (1); the lowest is kept`,
    });
  });

  it('excludes a 2022 control only when all its sources were excluded, with the reason carried into the SoA', () => {
    const bothOut = transitionOf(soa2013Csv({ 'A.5.1.1': { applicable: 'No', note: 'Group policy' }, 'A.5.1.2': { applicable: 'No' } }));
    expect(bothOut.answers['A.5.1']).toMatchObject({ level: 'na', justification: 'Excluded in the 2013 SoA (A.5.1.1, A.5.1.2). A.5.1.1: Group policy' });
    const oneOut = transitionOf(soa2013Csv({ 'A.5.1.1': { applicable: 'No' } }));
    expect(oneOut.answers['A.5.1']).toMatchObject({ level: 3 });
  });

  it('leaves without an answer what the file does not settle, and names the sources it lacks', () => {
    const text = 'Control,Applicable,Status\r\nA.5.1.1,Yes,Implemented\r\nA.12.3.1,Yes,\r\n';
    const actual = transitionOf(text);
    expect(actual.answers['A.5.1']).toEqual({ level: 3, provenance: `${provenance2013}: A.5.1.1 (3); not in the file: A.5.1.2` });
    expect(actual.carried.find((control) => control.itemId === 'A.8.13')?.answer).toBeUndefined();
    expect(actual.notInFile).toHaveLength(93 - 11 - 2);
  });

  it('reads the same answers whatever the order of its rows', () => {
    const lines = soa2013Csv({ 'A.9.2.3': { status: 'Partial' } }).trim().split('\r\n');
    const shuffled = [lines[0]!, ...lines.slice(1).reverse()].join('\r\n');
    expect(transitionOf(shuffled).answers).toEqual(transitionOf(soa2013Csv({ 'A.9.2.3': { status: 'Partial' } })).answers);
    expect(ids2013).toHaveLength(114);
  });
});

describe('the transition summary', () => {
  it('lists the 11 new controls as work to do and the carried ones with their provenance, until someone changes them', async () => {
    const { transitionSummary } = await import('../../lib/transition');
    const carried = transitionOf(soa2013Csv({ 'A.6.2.2': { applicable: 'No' } })).answers;
    const stored = { ...carried, 'A.5.7': { level: 3 as const }, 'A.8.13': { level: 1 as const } };
    const actual = transitionSummary(catalog, stored);
    expect(actual.newControls.map((line) => line.id)).toEqual(newIn2022);
    expect(actual.newStillToDo).toBe(10);
    // A.8.13 was carried, then answered by hand: it no longer counts as from 2013.
    expect(actual.carried.map((line) => line.id)).not.toContain('A.8.13');
    expect(actual.carried).toHaveLength(Object.keys(carried).length - 1);
    expect(actual.excluded).toBe(1);
    expect(actual.carried.find((line) => line.id === 'A.6.7')?.provenance).toContain('A.6.2.2 excluded');
  });
});
