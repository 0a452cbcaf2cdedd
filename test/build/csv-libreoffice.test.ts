/**
 * The CSV exports opened by a real spreadsheet (DESIGN §8: "opens in Excel and LibreOffice"): LibreOffice Calc
 * imports each file as UTF-8 with its byte order mark, saves it as .xlsx, and that workbook is written back
 * out as CSV. Every row and every cell must survive the trip, and a neutralised formula must stay text, while
 * the same formula left as it is would be calculated (the control case shows the check can fail).
 * Needs `soffice` (Debian's libreoffice-calc-nogui; scripts/ensure-libreoffice.sh installs it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { utf8Bom } from '../../lib/exports/csv';
import { roadmapCsvHeader, toRoadmapCsv } from '../../lib/exports/roadmap-csv';
import { soaCsvHeader, toSoaCsv } from '../../lib/exports/soa';
import { parseCsv } from '../fixtures/csv';
import { fixtureReport } from '../fixtures/report';

const soffice = process.env.SOFFICE_PATH ?? 'soffice';
/** Comma, double quote, UTF-8 (76), from line 1: how a user opens a UTF-8 CSV in Calc. */
const csvOptions = '44,34,76,1';

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
}, 120_000);

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
