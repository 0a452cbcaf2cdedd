/**
 * The workbook in a real spreadsheet (issue 14): LibreOffice Calc opens the exported workbook and every sheet's
 * cells read back as written; then a script acting as the client fills in answers, LibreOffice opens and saves
 * the filled workbook again (as a client's spreadsheet would), and our import reads LibreOffice's file with the
 * expected preview, and applying it gives the expected answers. The level drop-down and the sheet protection
 * must survive LibreOffice's save. Needs `soffice` (scripts/ensure-libreoffice.sh installs it).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { itemAnswers, resolveItemAnswers } from '../../lib/questionnaire';
import { chosenAnswers, previewWorkbook, readWorkbook, sheetNames, unpackWorkbook } from '../../lib/workbook';
import { fixtureAnswers, fixtureRecord, fixtureReport } from '../fixtures/report';
import { editAnswers, fixtureWorkbook } from '../fixtures/workbook';

const soffice = process.env.SOFFICE_PATH ?? 'soffice';
/** Comma, double quote, UTF-8, from line 1, …, and the last token -1: every sheet to a file of its own. */
const everySheetAsCsv = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

let work: string;
const { catalog } = fixtureReport();
const current = itemAnswers(resolveItemAnswers(catalog, fixtureAnswers));

function convert(file: string, to: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  execFileSync(soffice, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, file], {
    stdio: 'pipe',
    timeout: 90_000,
  });
}

/** Enough of RFC 4180 for LibreOffice's output: quoted cells with "" and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const character = text[at]!;
    if (quoted && character === '"' && text[at + 1] === '"') {
      cell += '"';
      at++;
    } else if (character === '"') quoted = !quoted;
    else if (!quoted && character === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && (character === '\n' || character === '\r')) {
      if (character === '\r' && text[at + 1] === '\n') at++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += character;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const sheets = new Map<string, string[][]>();
let resaved: Uint8Array;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'workbook-libreoffice-'));
  const exported = await fixtureWorkbook();
  writeFileSync(join(work, 'exported.xlsx'), exported);
  convert(join(work, 'exported.xlsx'), everySheetAsCsv, join(work, 'csv'));
  for (const file of readdirSync(join(work, 'csv'))) {
    sheets.set(file.replace(/^exported-|\.csv$/g, ''), parseCsv(readFileSync(join(work, 'csv', file), 'utf8')));
  }
  // The client fills in the questionnaire, as a spreadsheet stores what is typed.
  const filled = await editAnswers(exported, [
    { item: '4.1', column: 'level', value: '3 Implemented' },
    { item: '4.1', column: 'note', value: 'Context workshop held in May\nminutes on the wiki' },
    { item: '6.1.2', column: 'level', value: 4 },
    { item: '6.1.2', column: 'owner', value: 'Risk <team> & "Ops"' },
    { item: 'A.5.7', column: 'level', value: '2 Defined' },
    { item: 'A.5.7', column: 'evidence', value: 'No' },
    { item: 'A.5.8', column: 'level', value: 'Not applicable' },
    { item: 'A.5.8', column: 'justification', value: 'No projects run outside operations.' },
    { item: 'A.6.3', column: 'note', value: { formula: 'HYPERLINK("http://x.example","training")', result: 'training' } },
    { item: 'A.8.34', column: 'level', value: "Don't know" },
  ]);
  writeFileSync(join(work, 'client.xlsx'), filled);
  convert(join(work, 'client.xlsx'), 'xlsx:Calc MS Excel 2007 XML', join(work, 'resaved'));
  resaved = new Uint8Array(readFileSync(join(work, 'resaved', 'client.xlsx')));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

it('LibreOffice opens every sheet of the workbook', () => {
  expect([...sheets.keys()].sort()).toEqual(Object.values(sheetNames).sort());
  expect(sheets.get(sheetNames.summary)![0]).toEqual([`ISO/IEC 27001 readiness: ${fixtureRecord.organization}`, '', '']);
  expect(sheets.get(sheetNames.soa)).toHaveLength(94);
  expect(sheets.get(sheetNames.roadmap)!.length).toBe(fixtureReport().roadmap.tasks.length + 1);
});

it('the answers sheet reads back in LibreOffice with one row per item, its levels, and hostile text as text', () => {
  const [header, ...rows] = sheets.get(sheetNames.answers)!;
  expect(header!.slice(0, 5)).toEqual(['Item', 'Clause or theme', 'Title', 'Question', 'Level']);
  expect(rows.map((row) => row[0])).toEqual(catalog.items.map((item) => item.id));
  const row = (id: string) => rows.find((cells) => cells[0] === id)!;
  expect(row('4.3').slice(4, 8)).toEqual(['1 Ad hoc', 'Draft scope\nsecond line', '', '<b>Dana</b> & "Ops"']);
  expect(row('A.5.5').slice(4, 6)).toEqual(['0 Not in place', "=cmd|' /C calc'!A0"]);
  expect(row('A.7.5')[4]).toBe('Not applicable');
  expect(row('A.7.5')[8]).toBe('Fully remote: no offices, "cloud only" <datacentre>');
});

it('LibreOffice keeps the level drop-down and the sheet protection when it saves the filled workbook', async () => {
  const parts = await unpackWorkbook(resaved);
  if (!parts.ok) throw new Error(parts.error);
  const sheetXml = Object.entries(parts.value)
    .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .map(([, data]) => new TextDecoder().decode(data))
    .find((xml) => xml.includes('Not applicable') || xml.includes('dataValidation'))!;
  expect(sheetXml).toMatch(/<dataValidation[^>]*type="list"/);
  expect(sheetXml).toContain('3 Implemented');
  expect(sheetXml).toMatch(/<sheetProtection[^>]*sheet="(1|true)"/);
});

it('the workbook the client filled and LibreOffice saved imports with the expected preview and result', async () => {
  const read = await readWorkbook(resaved, catalog);
  if (!read.ok) throw new Error(read.error);
  const preview = previewWorkbook(catalog, current, read.value);
  expect(preview.skipped).toEqual([]);
  expect(preview.source).toEqual({ organization: fixtureRecord.organization, assessmentId: fixtureRecord.id });
  const changes = Object.fromEntries(preview.changes.map((change) => [change.itemId, change.lines]));
  // A.8.34 was "don't know" already: choosing it again is no change.
  expect(changes).toEqual({
    '4.1': ['Level: 2 Defined → 3 Implemented', 'Note: none → “Context workshop held in May\nminutes on the wiki”'],
    '6.1.2': ['Level: 1 Ad hoc → 4 Audit-ready', 'Owner: none → “Risk <team> & "Ops"”'],
    'A.5.7': ['Evidence exists: not said → no'],
    'A.5.8': ['Level: not answered → Not applicable', 'Justification: none → “No projects run outside operations.”'],
    'A.6.3': ['Note: none → “=HYPERLINK("http://x.example","training")”'],
  });
  const applied = itemAnswers(resolveItemAnswers(catalog, { ...fixtureAnswers, ...chosenAnswers(preview, new Set(Object.keys(changes))) }));
  expect(applied['4.1']).toEqual({ level: 3, note: 'Context workshop held in May\nminutes on the wiki' });
  expect(applied['6.1.2']).toMatchObject({ level: 4, owner: 'Risk <team> & "Ops"' });
  expect(applied['A.5.8']).toEqual({ level: 'na', justification: 'No projects run outside operations.' });
  expect(applied['A.6.3']!.note).toBe('=HYPERLINK("http://x.example","training")');
  // Everything the client left alone is as it was.
  for (const item of catalog.items) if (!(item.id in changes)) expect(applied[item.id]).toEqual(current[item.id]);
});
