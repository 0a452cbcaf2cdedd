/**
 * Wide files (issue 16, finding 3): refusing one must cost about what reading it costs (JSON.parse, the floor),
 * and a large valid backup is checked in slices short enough to keep a page responsive. Run: npm run bench.
 */
import { expect, test } from 'vitest';
import { catalogVersion } from '../../data/catalog/version';
import { loadCatalog } from '../../lib/catalog';
import { backupFormat, parseBackupFile, parseBackupFileInSlices, toBackupJson } from '../../lib/exports/backup';
import { assessmentFormat, parseAssessmentFile } from '../../lib/exports/json';
import { fixtureAnswers, fixtureNow, fixtureRecord } from '../fixtures/report';

const catalog = loadCatalog();
const envelope = (format: string, fields: object) =>
  JSON.stringify({ format, formatVersion: 1, exportedAt: '2025-03-14T09:30:00.000Z', catalogVersion, ...fields });

// The two files of the issue: a 10 MB backup whose assessments are a flat list of numbers, and a 4.8 MB
// assessment export whose record is one.
const numbersBackup = envelope(backupFormat.id, { assessments: Array.from({ length: 5_000_000 }, (_, at) => at % 10) });
const flatAssessment = envelope(assessmentFormat.id, { assessment: Array.from({ length: 2_400_000 }, (_, at) => at % 10), answers: {} });
const largeBackup = toBackupJson(
  Array.from({ length: 2_000 }, (_, at) => ({ assessment: { ...fixtureRecord, id: `a-${at}` }, answers: fixtureAnswers })),
  catalogVersion,
  fixtureNow,
);

/** Median of `runs` timed runs, in milliseconds. */
async function median(runs: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const megabytes = (text: string) => `${(text.length / 1e6).toFixed(1)} MB`;
const report = (name: string, milliseconds: number) => console.log(`BENCH ${name}: median ${milliseconds.toFixed(1)} ms`);

test.each([
  [`backup of numbers (${megabytes(numbersBackup)})`, numbersBackup, (text: string) => parseBackupFile(text, { catalog })],
  [`assessment of numbers (${megabytes(flatAssessment)})`, flatAssessment, (text: string) => parseAssessmentFile(text, { catalog })],
])('refusing the %s costs about what JSON.parse does', async (name, text, parse) => {
  expect(parse(text).ok).toBe(false);
  report(`${name}: JSON.parse alone`, await median(5, () => JSON.parse(text)));
  report(`${name}: refused`, await median(5, () => parse(text)));
});

test(`a valid backup of 2,000 assessments (${megabytes(largeBackup)}) is checked in short slices`, async () => {
  report('valid backup: checked in one go', await median(3, () => parseBackupFile(largeBackup, { catalog })));
  let longestSlice = 0;
  const sliced = await median(3, async () => {
    let sliceStart = performance.now();
    const result = await parseBackupFileInSlices(largeBackup, { catalog }, {
      pause: async () => {
        longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
        sliceStart = performance.now();
      },
    });
    expect(result.ok).toBe(true);
  });
  report('valid backup: checked in slices', sliced);
  report('valid backup: longest slice between two pauses', longestSlice);
});
