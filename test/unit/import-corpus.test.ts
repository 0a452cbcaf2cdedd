import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogVersion } from '../../data/catalog/version';
import { toBackupJson, parseBackupFile } from '../../lib/exports/backup';
import { textLimits } from '../../lib/exports/assessment-schema';
import { parseAssessmentFile, toJson } from '../../lib/exports/json';
import { loadCatalog } from '../../lib/catalog';
import { itemAnswers, resolveItemAnswers } from '../../lib/questionnaire';
import { previewWorkbook, readWorkbook } from '../../lib/workbook';
import { hostileVariants, type Variant } from '../fixtures/hostile';
import { hostileWorkbooks } from '../fixtures/hostile-workbooks';
import { fixtureAnswers, fixtureNow, fixtureRecord } from '../fixtures/report';
import { fixtureWorkbook } from '../fixtures/workbook';

const assessmentFile = toJson(fixtureRecord, fixtureAnswers, catalogVersion, fixtureNow);
const backupFile = toBackupJson(
  [{ assessment: fixtureRecord, answers: fixtureAnswers }, { assessment: { ...fixtureRecord, id: 'copy', deletedAt: fixtureNow }, answers: {} }],
  catalogVersion,
  fixtureNow,
);

type Parsed = { ok: true } | { ok: false; error: string };

/** Runs every variant, collecting what went wrong instead of failing on the first, so one report shows all. */
function check(variants: Variant[], parse: (text: string) => Parsed, stillValid: (result: Parsed) => boolean): string[] {
  const problems: string[] = [];
  for (const variant of variants) {
    let result: Parsed;
    try {
      result = parse(variant.text);
    } catch (error) {
      problems.push(`${variant.name}: threw ${String(error)}`);
      continue;
    }
    if (!result.ok && (result.error.length === 0 || result.error.length > 2_000)) problems.push(`${variant.name}: message of ${result.error.length} characters`);
    if (result.ok && variant.expect === 'invalid') problems.push(`${variant.name}: accepted`);
    if (result.ok && !stillValid(result)) problems.push(`${variant.name}: accepted something invalid`);
  }
  return problems;
}

const withinLimits = (record: object, answers: object) =>
  JSON.stringify([record, answers]).length < 200_000 &&
  Object.values(answers).every((answer: { note?: string }) => (answer.note?.length ?? 0) <= textLimits.note);

describe('a generated corpus of damaged and hostile files', () => {
  let savedIndexedDb: unknown;
  beforeAll(() => {
    // Parsing must never reach for storage: with IndexedDB gone, any attempt would throw.
    savedIndexedDb = globalThis.indexedDB;
    delete (globalThis as { indexedDB?: unknown }).indexedDB;
  });
  afterAll(() => {
    (globalThis as { indexedDB?: unknown }).indexedDB = savedIndexedDb;
  });

  it('never throws on 1,200 assessment files, refuses every broken one, accepts only valid ones', () => {
    expect(globalThis.indexedDB).toBeUndefined();
    const variants = hostileVariants(assessmentFile, 1_200, 27001);
    expect(variants.filter((variant) => variant.expect === 'invalid').length).toBeGreaterThan(500);
    const problems = check(variants, parseAssessmentFile, (result) => {
      if (!result.ok || !('assessment' in result)) return false;
      const { record, answers } = result.assessment as { record: typeof fixtureRecord; answers: typeof fixtureAnswers };
      const again = parseAssessmentFile(toJson(record, answers, catalogVersion, fixtureNow));
      return again.ok && JSON.stringify(again.assessment) === JSON.stringify(result.assessment) && withinLimits(record, answers);
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it('never throws on 400 backup files, refuses every broken one', () => {
    const problems = check(hostileVariants(backupFile, 400, 9001), parseBackupFile, (result) => {
      if (!result.ok || !('assessments' in result)) return false;
      const entries = (result.assessments as Array<{ record: typeof fixtureRecord; answers: typeof fixtureAnswers }>).map(({ record, answers }) => ({ assessment: record, answers }));
      return parseBackupFile(toBackupJson(entries, catalogVersion, fixtureNow)).ok;
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it('never throws on 45 damaged and hostile workbooks, refuses every broken one with its reason', async () => {
    const catalog = loadCatalog();
    const current = itemAnswers(resolveItemAnswers(catalog, fixtureAnswers));
    const variants = hostileWorkbooks(await fixtureWorkbook(), 45, 14);
    const problems: string[] = [];
    for (const variant of variants) {
      try {
        const result = await readWorkbook(variant.bytes, catalog);
        if (result.ok) {
          if (variant.expect === 'invalid') problems.push(`${variant.name}: accepted`);
          previewWorkbook(catalog, current, result.value);
        } else {
          if (result.error.length === 0 || result.error.length > 2_000) problems.push(`${variant.name}: message of ${result.error.length} characters`);
          if (variant.says && !result.error.includes(variant.says)) problems.push(`${variant.name}: said "${result.error}"`);
        }
      } catch (error) {
        problems.push(`${variant.name}: threw ${String(error)}`);
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);

  it('leaves every prototype as it was', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Array.prototype).not.toHaveProperty('polluted');
  });
});

describe('the import code is pure', () => {
  it('imports nothing from Dexie or the database but types', () => {
    const folders = ['exports', 'workbook'].map((name) => join(process.cwd(), 'lib', name));
    const offending = folders
      .flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.ts')).map((name) => join(folder, name)))
      .flatMap((name) => readFileSync(name, 'utf8').split('\n').map((line) => `${name}: ${line}`))
      .filter((line) => /from '(?:dexie|.*\/db\/[^']*|.*\/state\/[^']*)'/.test(line) && !/import type /.test(line));
    expect(offending).toEqual([]);
  });
});
