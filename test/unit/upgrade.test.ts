/**
 * Upgrade safety (DESIGN §9): a database left by each shipped schema version opens in the current code with
 * nothing lost. Each fixture freezes that version's store definitions and records as they were.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import v1 from '../fixtures/database-v1.json';
import { readAnswers } from '../../lib/db/answers';
import { getAssessment, listAssessments, restoreAssessment } from '../../lib/db/assessments';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { currentAssessmentKey, readSetting } from '../../lib/db/settings';
import { storeBundledCatalog } from '../../lib/db/seed';

interface Fixture {
  schemaVersion: number;
  stores: Record<string, string>;
  records: Record<string, unknown[]>;
}

let db: ReadinessDatabase | undefined;
afterEach(async () => db?.delete());

/** Writes the fixture with only its own schema, as the version that shipped it would have. */
async function restoreFixture(fixture: Fixture): Promise<string> {
  const name = `upgrade-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(fixture.schemaVersion).stores(fixture.stores);
  await old.open();
  for (const [table, records] of Object.entries(fixture.records)) await old.table(table).bulkPut(records);
  old.close();
  return name;
}

const answersOf = (fixture: Fixture, assessmentId: string) =>
  Object.fromEntries(
    (fixture.records.answers as Array<Record<string, unknown>>)
      .filter((record) => record.assessmentId === assessmentId)
      .map(({ assessmentId: _id, target, updatedAt: _at, ...answer }) => [target as string, answer]),
  );

describe.each([['schema version 1', v1 as Fixture]])('a database from %s', (_, fixture) => {
  it('opens in the current code with every assessment, answer, note and setting intact', async () => {
    db = openDatabase(await restoreFixture(fixture));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(fixture.schemaVersion);

    const live = (fixture.records.assessments as Array<{ id: string; deletedAt?: number }>).filter((record) => !record.deletedAt);
    expect((await listAssessments(db)).map((record) => record.id).sort()).toEqual(live.map((record) => record.id).sort());
    for (const record of fixture.records.assessments as Array<{ id: string; deletedAt?: number }>) {
      expect(await readAnswers(db, record.id)).toEqual(answersOf(fixture, record.id));
      if (!record.deletedAt) expect(await getAssessment(db, record.id)).toEqual(record);
    }
    expect(await readSetting(db, currentAssessmentKey)).toBe('a-northwind');
  });

  it('keeps a deleted assessment restorable, and takes the current catalog without touching answers', async () => {
    db = openDatabase(await restoreFixture(fixture));
    expect(await storeBundledCatalog(db)).toBe(true);
    await restoreAssessment(db, 'a-deleted');
    expect((await getAssessment(db, 'a-deleted'))?.organization).toBe('Deleted Ltd');
    expect(await readAnswers(db, 'a-deleted')).toEqual({ '5.2': { level: 1 } });
    expect(await db.answers.count()).toBe(fixture.records.answers!.length);
  });
});
