import { Workbook } from '@cj-tech-master/excelts';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog';
import { itemAnswers, resolveItemAnswers } from '../../lib/questionnaire';
import { chosenAnswers, levelLabel, parseLevel, previewWorkbook, readWorkbook, sheetNames } from '../../lib/workbook';
import { editAnswers, fixtureWorkbook } from '../fixtures/workbook';
import { fixtureAnswers, fixtureRecord } from '../fixtures/report';

const catalog = loadCatalog();
const current = itemAnswers(resolveItemAnswers(catalog, fixtureAnswers));

async function preview(bytes: Uint8Array) {
  const read = await readWorkbook(bytes, catalog);
  if (!read.ok) throw new Error(read.error);
  return previewWorkbook(catalog, current, read.value);
}

describe('levels in the drop-down and as typed', () => {
  it.each([
    ['3 Implemented', 3],
    ['3', 3],
    ['implemented', 3],
    ['  0 NOT IN PLACE ', 0],
    ["Don't know", 'dont-know'],
    ['Don’t know', 'dont-know'],
    ['Not applicable', 'na'],
    ['N/A', 'na'],
    ['', undefined],
  ])('%j reads as %j', (text, expected) => {
    expect(parseLevel(text)).toEqual({ ok: true, level: expected });
  });

  it.each(['7', '3.5', '=3', 'Implemented!', 'yes', '-1'])('%j is not a level', (text) => {
    expect(parseLevel(text)).toEqual({ ok: false });
  });

  it('reads back every label it writes', () => {
    for (const level of [0, 1, 2, 3, 4, 'dont-know', 'na'] as const) expect(parseLevel(levelLabel(level))).toEqual({ ok: true, level });
  });
});

describe('the workbook', () => {
  it('has the summary, answers, SoA, roadmap and about sheets, with one answer row per item, locked ids and a level drop-down', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(await fixtureWorkbook());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([sheetNames.summary, sheetNames.answers, sheetNames.soa, sheetNames.roadmap, sheetNames.about]);
    const answers = workbook.getWorksheet(sheetNames.answers)!;
    expect(answers.rowCount).toBe(catalog.items.length + 1);
    expect(answers.sheetProtection?.sheet).toBe(true);
    const row = answers.getRow(2);
    expect(row.getCell(1).value).toBe(catalog.items[0]!.id);
    expect(row.getCell(1).protection?.locked).not.toBe(false);
    expect(row.getCell(5).protection?.locked).toBe(false);
    expect(row.getCell(5).dataValidation).toMatchObject({ type: 'list', formulae: ['"0 Not in place,1 Ad hoc,2 Defined,3 Implemented,4 Audit-ready,Don\'t know"'] });
    const control = answers.getRows(2, answers.rowCount - 1)!.find((candidate) => candidate.getCell(1).value === 'A.5.5')!;
    expect(JSON.stringify(control.getCell(5).dataValidation)).toContain('Not applicable');
    // Hostile text stays a text cell: nothing becomes a formula.
    expect(control.getCell(6).value).toBe("=cmd|' /C calc'!A0");
    expect(workbook.getWorksheet(sheetNames.soa)!.rowCount).toBe(94);
    expect(String(workbook.getWorksheet(sheetNames.summary)!.getCell('A1').value)).toBe(`ISO/IEC 27001 readiness: ${fixtureRecord.organization}`);
  });

  it('comes back unchanged: importing an untouched workbook changes nothing', async () => {
    const actual = await preview(await fixtureWorkbook());
    expect(actual.changes).toEqual([]);
    expect(actual.skipped).toEqual([]);
    expect(actual.source).toEqual({ organization: fixtureRecord.organization, assessmentId: fixtureRecord.id });
    expect(actual.unchanged).toBe(Object.keys(current).length);
  });

  it('lists what a client changed, item by item, and applies only what is chosen', async () => {
    const bytes = await editAnswers(await fixtureWorkbook(), [
      { item: '4.1', column: 'level', value: '3 Implemented' },
      { item: '4.1', column: 'owner', value: 'Dana' },
      { item: 'A.5.5', column: 'note', value: '' },
      { item: 'A.5.7', column: 'level', value: 4 },
      { item: 'A.5.7', column: 'evidence', value: 'Yes' },
      { item: 'A.5.8', column: 'level', value: 'Not applicable' },
      { item: 'A.5.8', column: 'justification', value: 'No projects run here.' },
      { item: 'A.6.1', column: 'note', value: { formula: 'HYPERLINK("x")', result: 'x' } },
      { item: 'A.6.1', column: 'level', value: '2' },
      { item: '5.1', column: 'level', value: 'Not applicable' },
      { item: 'A.5.14', column: 'note', value: 'A note but no level' },
      { item: 'A.5.9', column: 'level', value: 'N/A' },
    ]);
    const actual = await preview(bytes);
    const changes = Object.fromEntries(actual.changes.map((change) => [change.itemId, change]));
    expect(Object.keys(changes).sort()).toEqual(['4.1', 'A.5.5', 'A.5.7', 'A.5.8', 'A.6.1']);
    expect(changes['4.1']!.lines).toEqual(['Level: 2 Defined → 3 Implemented', 'Owner: none → “Dana”']);
    expect(changes['A.5.5']!.lines).toEqual(["Note: “=cmd|' /C calc'!A0” → none"]);
    expect(changes['A.5.7']!.after).toEqual({ level: 4, evidence: true });
    expect(changes['A.5.8']!.after).toEqual({ level: 'na', justification: 'No projects run here.' });
    // A formula comes in as its text, never calculated.
    expect(changes['A.6.1']!.after.note).toBe('=HYPERLINK("x")');
    expect(actual.skipped.map(({ itemId, reason }) => [itemId, reason])).toEqual([
      ['5.1', 'Clause 5.1 is mandatory for certification and cannot be marked not applicable.'],
      ['A.5.9', 'Say why this does not apply: the justification goes into the Statement of Applicability.'],
      ['A.5.14', 'It has details but no level: choose a level for them to be kept.'],
    ]);
    expect(chosenAnswers(actual, new Set(['4.1', 'A.5.7', 'nope']))).toEqual({
      '4.1': { level: 3, owner: 'Dana' },
      'A.5.7': { level: 4, evidence: true },
    });
  });

  it('keeps what the workbook does not carry, such as a control\'s SoA inclusion reason', async () => {
    const withReason = { ...current, 'A.5.5': { ...current['A.5.5']!, inclusionJustification: 'Clients require it.' } };
    const read = await readWorkbook(await editAnswers(await fixtureWorkbook(), [{ item: 'A.5.5', column: 'level', value: '2' }]), catalog);
    if (!read.ok) throw new Error(read.error);
    const [change] = previewWorkbook(catalog, withReason, read.value).changes;
    expect(change!.after).toEqual({ ...withReason['A.5.5'], level: 2 });
    expect(change!.lines).toEqual(['Level: 0 Not in place → 2 Defined']);
  });

  it('refuses a workbook whose rows are wrong, naming each problem', async () => {
    const bytes = await editAnswers(await fixtureWorkbook(), [
      { item: '4.1', column: 'level', value: '7' },
      { item: '4.2', column: 'level', value: { formula: 'B2' } },
      { item: '4.3', column: 'evidence', value: 'maybe' },
      { item: '4.4', column: 'item', value: 'A.9.1' },
      { item: '5.1', column: 'item', value: '5.2' },
      { item: '5.3', column: 'note', value: 'x'.repeat(5_001) },
    ]);
    const actual = await readWorkbook(bytes, catalog);
    expect(actual.ok).toBe(false);
    const error = actual.ok ? '' : actual.error;
    for (const expected of [
      'Row 2 (4.1): “7” is not a level',
      'Row 3 (4.2): “=B2” is not a level; choose one from the list. Formulas are not calculated here.',
      'Row 4 (4.3): “Evidence exists” should be Yes, No or blank, not “maybe”.',
      '“A.9.1” is not an item of this catalog.',
      'item 5.2 appears more than once.',
      'the note is 5001 characters long; at most 5000 fit.',
    ]) expect(error).toContain(expected);
  });

  it.each([
    ['no About sheet', (workbook: Workbook) => workbook.removeWorksheet(workbook.getWorksheet(sheetNames.about)!.id), 'has no “About” sheet'],
    ['another format', (workbook: Workbook) => (workbook.getWorksheet(sheetNames.about)!.getCell('B1').value = 'something/else'), 'not a workbook from this extension'],
    ['a newer format', (workbook: Workbook) => (workbook.getWorksheet(sheetNames.about)!.getCell('B2').value = 2), 'newer version'],
    ['no Answers sheet', (workbook: Workbook) => (workbook.getWorksheet(sheetNames.answers)!.name = 'Antworten'), 'no “Answers” sheet'],
    ['a missing column', (workbook: Workbook) => (workbook.getWorksheet(sheetNames.answers)!.getCell('E1').value = 'Stufe'), 'no “Level” column'],
  ])('refuses a workbook with %s', async (_, touch, expected) => {
    const actual = await readWorkbook(await editAnswers(await fixtureWorkbook(), [], touch), catalog);
    expect(actual).toEqual({ ok: false, error: expect.stringContaining(expected) });
  });
});
