/**
 * Wide files (issue 16, finding 3): a file is refused for its size and its widest list before anything walks or
 * validates what is inside, so refusing costs about what reading costs. A large valid backup is checked in
 * slices that hand the page back between them, with progress. Times are in BENCHMARKS.md, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { catalogVersion } from '../../data/catalog/version';
import { loadCatalog } from '../../lib/catalog';
import { backupFormat, maxBackupAssessments, parseBackupFile, parseBackupFileInSlices, toBackupJson } from '../../lib/exports/backup';
import { assessmentFormat, parseAssessmentFile } from '../../lib/exports/json';
import { fixtureAnswers, fixtureNow, fixtureRecord } from '../fixtures/report';

const catalog = loadCatalog();
const envelope = (format: string, fields: object) =>
  JSON.stringify({ format, formatVersion: 1, exportedAt: '2025-03-14T09:30:00.000Z', catalogVersion, ...fields });

describe('a wide file is refused before its contents are walked', () => {
  it.each<[string, () => string, (text: string) => { ok: boolean; error?: string }, RegExp]>([
    [
      'a backup whose assessments are a million numbers',
      () => envelope(backupFormat.id, { assessments: Array.from({ length: 1_000_000 }, (_, at) => at % 10) }),
      (text) => parseBackupFile(text, { catalog }),
      /a list of 1,000,000 entries \(in the list of assessments\); a backup holds at most 10,000/,
    ],
    [
      'an assessment whose record is a flat list of numbers',
      () => envelope(assessmentFormat.id, { assessment: Array.from({ length: 500_000 }, (_, at) => at % 10), answers: {} }),
      (text) => parseAssessmentFile(text, { catalog }),
      /a list of 500,000 entries \(in the assessment\); an assessment export holds at most 1,000/,
    ],
    [
      'an assessment with 100,000 answers',
      () => envelope(assessmentFormat.id, { assessment: fixtureRecord, answers: Object.fromEntries(Array.from({ length: 100_000 }, (_, at) => [`k${at}`, 1])) }),
      (text) => parseAssessmentFile(text, { catalog }),
      /an object of 100,000 entries \(in the answers\); an assessment export holds at most 1,000/,
    ],
  ])('%s', (_name, make, parse, expected) => {
    const actual = parse(make());
    expect(actual.ok).toBe(false);
    expect(actual.error).toMatch(expected);
  });

  it('the entry limits leave room for every real file: a backup of the most assessments, a full assessment', () => {
    expect(backupFormat.maxEntries).toBe(maxBackupAssessments);
    const everyQuestion = [...catalog.questionSets.quick, ...catalog.questionSets.standard, ...catalog.questionSets.full];
    expect(assessmentFormat.maxEntries).toBeGreaterThan(everyQuestion.length);
  });
});

describe('a large valid backup is checked in slices', () => {
  const entries = Array.from({ length: 240 }, (_, at) => ({ assessment: { ...fixtureRecord, id: `a-${at}` }, answers: fixtureAnswers }));
  const text = toBackupJson(entries, catalogVersion, fixtureNow);

  it('gives the same result as the one-go check, pausing between slices and reporting progress', async () => {
    const progress: Array<[number, number]> = [];
    let pauses = 0;
    const actual = await parseBackupFileInSlices(text, { catalog }, {
      onProgress: (checked, total) => progress.push([checked, total]),
      pause: async () => {
        pauses += 1;
      },
    });
    expect(actual).toEqual(parseBackupFile(text, { catalog }));
    expect(actual.ok && actual.assessments).toHaveLength(240);
    expect(pauses).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual([240, 240]);
    expect(progress.map(([checked]) => checked)).toEqual([...progress.map(([checked]) => checked)].sort((a, b) => a - b));
  });

  it('names the problems of a bad entry as the one-go check does', async () => {
    const bad = text.replace('"id": "a-7"', '"id": ""');
    const actual = await parseBackupFileInSlices(bad, { catalog }, { pause: async () => {} });
    expect(actual).toEqual(parseBackupFile(bad, { catalog }));
    expect(!actual.ok && actual.error).toMatch(/the id of assessment 8 must not be blank/);
  });
});
