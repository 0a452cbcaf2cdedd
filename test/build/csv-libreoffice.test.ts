/**
 * The CSV exports opened by a real spreadsheet (DESIGN §8: "opens in Excel and LibreOffice"): LibreOffice Calc
 * imports each file as UTF-8 with its byte order mark, saves it as .xlsx, and that workbook is written back
 * out as CSV. Every row and every cell must survive the trip, and a neutralised formula must stay text, while
 * the same formula left as it is would be calculated (the control case shows the check can fail). Then the
 * hostile exports are opened as a spreadsheet set to a semicolon or a TAB would open them (much of Europe uses
 * `;`), with "trim spaces" on: no cell may come in as a formula.
 * Needs `soffice` (Debian's libreoffice-calc-nogui; scripts/ensure-libreoffice.sh installs it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoredAnswers } from '../../lib/answers';
import { itemAnswers, resolveItemAnswers } from '../../lib/questionnaire';
import { toCsv, utf8Bom } from '../../lib/exports/csv';
import { keptVisit, keptVisitsTable, summarizeVisit } from '../../lib/kiosk';
import { roadmapCsvHeader, toRoadmapCsv } from '../../lib/exports/roadmap-csv';
import { soaCsvHeader, toSoaCsv } from '../../lib/exports/soa';
import { parseCsv } from '../fixtures/csv';
import { fixtureReport } from '../fixtures/report';

const soffice = process.env.SOFFICE_PATH ?? 'soffice';
/** Comma, double quote, UTF-8 (76), from line 1: how a user opens a UTF-8 CSV in Calc. */
const csvOptions = '44,34,76,1';

/** Text that becomes a formula in a reader set to `;`, TAB or comma unless every cell start is neutralised. */
const separatorPayloads = ['x;=1+1', 'x;=2+2;y', 'x\t=3+3', 'x, =4+4', 'a\n=5+5', 'x;"=6+6', 'x; @SUM(7;7)', 'x;-8+8', 'x\t+9+9'];

/** Every CSV we write, with the payloads in each field a user or a kiosk visitor fills. */
function hostileExports(): Map<string, string> {
  const { catalog, answers: fixtureItemAnswers, roadmap } = fixtureReport();
  const controls = catalog.items.filter((item) => item.kind === 'control');
  const stored: StoredAnswers = Object.fromEntries(
    separatorPayloads.flatMap((payload, at) => [
      [controls[at * 2]!.id, { level: 1, owner: payload, note: payload }],
      [controls[at * 2 + 1]!.id, { level: 'na', justification: payload }],
    ]),
  );
  const answers = { ...fixtureItemAnswers, ...itemAnswers(resolveItemAnswers(catalog, stored)) };
  const tasks = roadmap.tasks.map((task, at) => ({ ...task, owner: separatorPayloads[at % separatorPayloads.length]! }));
  const quick = catalog.questionSets.quick;
  const visits = separatorPayloads.map((payload, at) =>
    keptVisit({ name: payload, email: `v${at}@example.com`, organization: payload }, {}, summarizeVisit(catalog, {}), undefined, `id-${at}`, Date.UTC(2026, 0, 1)),
  );
  // The control: the same payloads written without neutralising, one per line, so a separator splits them.
  const naive = `${utf8Bom}Cell\r\n${separatorPayloads.map((payload) => payload.replace(/\n/g, ' ')).join('\r\n')}\r\n`;
  return new Map([
    ['hostile-soa', toSoaCsv(catalog, answers)],
    ['hostile-roadmap', toRoadmapCsv({ ...roadmap, tasks }, catalog)],
    ['hostile-kiosk', toCsv(keptVisitsTable(visits, quick))],
    ['hostile-control', naive],
  ]);
}

/** Field separator (comma, semicolon, TAB), double quote, UTF-8, from line 1, …, trim spaces on. */
const separators = { comma: 44, semicolon: 59, tab: 9 } as const;
const importOptions = (separator: number) => `${separator},34,76,1,,0,false,true,false,false,true`;
/** Formula cells per file and separator, counted in the flat OpenDocument LibreOffice saved. */
const formulaCells = new Map<string, number>();

let work: string;
const roundTripped = new Map<string, string[][]>();
const originals = new Map<string, string>();

/** Converts `files` in one LibreOffice run, with a profile of its own so that parallel runs cannot clash. */
function convert(files: string[], to: string, outDir: string, infilter?: string): void {
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--norestore',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      to,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 90_000 },
  );
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'csv-libreoffice-'));
  const { catalog, answers, roadmap } = fixtureReport();
  originals.set('roadmap', toRoadmapCsv(roadmap, catalog));
  originals.set('soa', toSoaCsv(catalog, answers));
  originals.set('control', `${utf8Bom}Cell\r\n=1+1\r\n'=1+1\r\n`);
  const files = [...originals].map(([name, text]) => {
    writeFileSync(join(work, `${name}.csv`), text);
    return join(work, `${name}.csv`);
  });
  convert(files, 'xlsx', join(work, 'xlsx'), `CSV:${csvOptions}`);
  const workbooks = [...originals.keys()].map((name) => join(work, 'xlsx', `${name}.xlsx`));
  convert(workbooks, `csv:Text - txt - csv (StarCalc):${csvOptions}`, join(work, 'back'));
  for (const name of originals.keys()) roundTripped.set(name, parseCsv(readFileSync(join(work, 'back', `${name}.csv`), 'utf8')));

  const hostile = [...hostileExports()].map(([name, text]) => {
    writeFileSync(join(work, `${name}.csv`), text);
    return name;
  });
  for (const [separatorName, separator] of Object.entries(separators)) {
    const outDir = join(work, `fods-${separatorName}`);
    convert(hostile.map((name) => join(work, `${name}.csv`)), 'fods', outDir, `CSV:${importOptions(separator)}`);
    for (const name of hostile) {
      const document = readFileSync(join(outDir, `${name}.fods`), 'utf8');
      formulaCells.set(`${name} ${separatorName}`, document.match(/table:formula=/g)?.length ?? 0);
    }
  }
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

it('the control case: LibreOffice calculates a formula cell that was not neutralised, and keeps a neutralised one as text', () => {
  expect(roundTripped.get('control')).toEqual([['Cell'], ['2'], ["'=1+1"]]);
});

it.each([
  ['roadmap', roadmapCsvHeader],
  ['soa', soaCsvHeader],
])('the %s CSV comes back from LibreOffice with every row, column and cell as written', (name, header) => {
  const expected = parseCsv(originals.get(name)!.slice(utf8Bom.length));
  const actual = roundTripped.get(name)!;
  // The byte order mark was read as one, not as part of the first heading.
  expect(actual[0]).toEqual(header);
  expect(actual.length).toBe(expected.length);
  for (const row of actual) expect(row).toHaveLength(header.length);
  expect(actual).toEqual(expected);
});

it('the SoA has its 93 controls, and the hostile cells of the fixture stay text', () => {
  const soa = roundTripped.get('soa')!;
  expect(soa).toHaveLength(94);
  const row = (control: string) => Object.fromEntries(soaCsvHeader.map((column, at) => [column, soa.find((cells) => cells[0] === control)![at]]));
  expect(row('A.5.5')).toMatchObject({ Owner: "'-2+3", Note: "'=cmd|' /C calc'!A0" });
  expect(row('A.8.13')).toMatchObject({ Note: "'@SUM(1+1)", 'Implementation status': '4 Audit-ready' });
  expect(row('A.8.34')).toMatchObject({ Owner: "'+cmd", 'Evidence exists': 'No' });
  expect(row('A.7.5')).toMatchObject({ Applicable: 'No', 'Justification (inclusion or exclusion)': 'Fully remote: no offices, "cloud only" <datacentre>' });
  expect(row('A.8.13')).toMatchObject({
    'Reason for inclusion': 'Contractual',
    'Justification (inclusion or exclusion)': '\'=1+1 Customer contracts promise "daily" <backups> & restores',
  });
});

it('the roadmap keeps its numbers as numbers and its owners with markup as text', () => {
  const [header, ...tasks] = roundTripped.get('roadmap')!;
  const column = (name: string) => header!.indexOf(name);
  expect(tasks.map((task) => Number(task[column('Priority')]))).toEqual(tasks.map((_, at) => at + 1));
  expect(tasks.every((task) => Number.isFinite(Number(task[column('Effort (person-days)')])))).toBe(true);
  expect(tasks.find((task) => task[column('Items')] === '4.3')?.[column('Owner')]).toBe('<b>Dana</b> & "Ops"');
});

it.each(Object.keys(separators))('the control case: payloads written as they are become formulas when read with %s as separator', (separator) => {
  expect(formulaCells.get(`hostile-control ${separator}`)).toBeGreaterThan(0);
});

it.each(
  ['hostile-soa', 'hostile-roadmap', 'hostile-kiosk'].flatMap((name) => Object.keys(separators).map((separator) => [name, separator])),
)('%s read with %s as separator holds no formula cell', (name, separator) => {
  expect(formulaCells.get(`${name} ${separator}`)).toBe(0);
});
