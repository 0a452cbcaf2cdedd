import { afterEach, describe, expect, it } from 'vitest';
import { readAnswers, saveAnswer } from '../../lib/db/answers';
import { createAssessment, deleteAssessment, duplicateAssessment, listAssessments, purgeDeleted } from '../../lib/db/assessments';
import { openDatabase, type AssessmentRecord, type ReadinessDatabase } from '../../lib/db/database';
import {
  deleteAllAssessments,
  importAssessment,
  readBackup,
  restoreAssessments,
  restoreBackup,
} from '../../lib/db/transfer';
import { parseBackupFile, toBackupJson } from '../../lib/exports/backup';
import { parseAssessmentFile, toJson } from '../../lib/exports/json';
import { fixtureAnswers, fixtureNow, fixtureRecord } from '../fixtures/report';

let db: ReadinessDatabase;
afterEach(async () => db?.delete());
const fresh = () => (db = openDatabase(`test-${crypto.randomUUID()}`));

/** Everything stored, for "nothing changed" checks. */
async function dump(database: ReadinessDatabase) {
  return { assessments: await database.assessments.toArray(), answers: await database.answers.toArray() };
}

const imported = { record: fixtureRecord, answers: fixtureAnswers };

describe('importAssessment', () => {
  it('adds the assessment under a new id with every answer', async () => {
    fresh();
    const actual = await importAssessment(db, imported, fixtureNow);
    expect(actual.id).not.toBe(fixtureRecord.id);
    const { id: _id, ...expected } = fixtureRecord;
    expect(actual).toMatchObject(expected);
    expect(await listAssessments(db)).toEqual([actual]);
    expect(await readAnswers(db, actual.id)).toEqual(fixtureAnswers);
  });

  it('never touches the assessment the file came from, even with the same id', async () => {
    fresh();
    await db.assessments.add(fixtureRecord);
    await saveAnswer(db, fixtureRecord.id, 'A.8.13', { level: 1 }, 5);
    const before = await dump(db);
    const copy = await importAssessment(db, imported, fixtureNow);
    const after = await dump(db);
    expect(after.assessments.find((record) => record.id === fixtureRecord.id)).toEqual(before.assessments[0]);
    expect(after.answers.filter((answer) => answer.assessmentId === fixtureRecord.id)).toEqual(before.answers);
    expect(copy.organization).toBe(`${fixtureRecord.organization} (imported 2025-03-14)`);
  });

  it('keeps a long name within the length limit when it adds "(imported …)"', async () => {
    fresh();
    const long = { ...fixtureRecord, organization: 'x'.repeat(200) };
    await db.assessments.add(long);
    const actual = await importAssessment(db, { record: long, answers: {} }, fixtureNow);
    expect(actual.organization).toHaveLength(200);
    expect(actual.organization.endsWith('(imported 2025-03-14)')).toBe(true);
  });

  it('imports a deleted assessment as a live one, and drops a copiedFrom that names no assessment here', async () => {
    fresh();
    const record: AssessmentRecord = { ...fixtureRecord, deletedAt: 1, copiedFrom: 'elsewhere' };
    const actual = await importAssessment(db, { record, answers: {} }, fixtureNow);
    expect(actual.deletedAt).toBeUndefined();
    expect(actual.copiedFrom).toBeUndefined();
    const original = await createAssessment(db, { organization: 'Original', employees: 5, sector: 'Retail' });
    const copy = await importAssessment(db, { record: { ...fixtureRecord, copiedFrom: original.id }, answers: {} }, fixtureNow);
    expect(copy.copiedFrom).toBe(original.id);
  });

  it('round-trips an export: export, parse, import give the same assessment under a new id', async () => {
    fresh();
    const parsed = parseAssessmentFile(toJson(fixtureRecord, fixtureAnswers, '2022.1', fixtureNow));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const actual = await importAssessment(db, parsed.assessment, fixtureNow);
    expect(await readAnswers(db, actual.id)).toEqual(fixtureAnswers);
  });

  it('writes nothing when the answers cannot be stored', async () => {
    fresh();
    await createAssessment(db, { organization: 'Kept', employees: 5, sector: 'Retail' });
    const before = await dump(db);
    // The answers fail to store as on a full disk: the record must be rolled back with them.
    const broken = { record: fixtureRecord, answers: { 'A.8.13': { level: 2 as const } } };
    const original = db.answers.bulkAdd.bind(db.answers);
    db.answers.bulkAdd = () => Promise.reject(new Error('disk full')) as never;
    await expect(importAssessment(db, broken, fixtureNow)).rejects.toThrow('disk full');
    db.answers.bulkAdd = original;
    expect(await dump(db)).toEqual(before);
  });
});

describe('readBackup', () => {
  it('holds every assessment with its answers, deleted ones with their deletedAt, purged ones not at all', async () => {
    fresh();
    const live = await createAssessment(db, { organization: 'Live', employees: 5, sector: 'Retail' }, 3);
    const deleted = await createAssessment(db, { organization: 'Deleted', employees: 5, sector: 'Retail' }, 2);
    const purged = await createAssessment(db, { organization: 'Purged', employees: 5, sector: 'Retail' }, 1);
    await saveAnswer(db, live.id, 'quick.documents', { level: 2, owner: 'Dana' }, 10);
    await deleteAssessment(db, purged.id, 100);
    await purgeDeleted(db, 200);
    await deleteAssessment(db, deleted.id, 300);

    const actual = await readBackup(db);
    expect(actual.map((entry) => entry.assessment.organization)).toEqual(['Live', 'Deleted']);
    expect(actual[0]!.answers).toEqual({ 'quick.documents': { level: 2, owner: 'Dana' } });
    expect(actual[1]!.assessment.deletedAt).toBe(300);
  });

  it('is empty for an empty database', async () => {
    fresh();
    expect(await readBackup(db)).toEqual([]);
  });
});

describe('restoreBackup', () => {
  async function removeForGood(id: string) {
    await db.answers.where('assessmentId').equals(id).delete();
    await db.assessments.delete(id);
  }

  async function backupOf(database: ReadinessDatabase) {
    const parsed = parseBackupFile(toBackupJson(await readBackup(database), '2022.1', fixtureNow));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.assessments;
  }

  it('restores everything into an empty database, ids and deletion marks included', async () => {
    fresh();
    const source = db;
    const kept = await importAssessment(source, imported, fixtureNow);
    const gone = await createAssessment(source, { organization: 'Gone', employees: 9, sector: 'Retail' }, 4);
    await deleteAssessment(source, gone.id, 50);
    const backup = await backupOf(source);
    const expected = await readBackup(source);

    fresh();
    const counts = await restoreBackup(db, backup, fixtureNow);
    expect(counts).toEqual({ added: 2, addedAsCopies: 0, unchanged: 0, deleted: 1 });
    expect(await readBackup(db)).toEqual(expected);
    expect((await listAssessments(db)).map((record) => record.id)).toEqual([kept.id]);
    await source.delete();
  });

  it('restoring the same backup twice adds nothing the second time', async () => {
    fresh();
    await importAssessment(db, imported, fixtureNow);
    const backup = await backupOf(db);
    const before = await dump(db);
    expect(await restoreBackup(db, backup, fixtureNow)).toEqual({ added: 0, addedAsCopies: 0, unchanged: 1, deleted: 0 });
    expect(await dump(db)).toEqual(before);
  });

  it('adds a changed assessment beside the stored one under a new id, never overwriting it', async () => {
    fresh();
    const record = await importAssessment(db, imported, fixtureNow);
    const backup = await backupOf(db);
    await saveAnswer(db, record.id, 'A.8.13', { level: 0, note: 'changed since the backup' }, fixtureNow + 1);
    const before = await dump(db);

    expect(await restoreBackup(db, backup, fixtureNow)).toEqual({ added: 0, addedAsCopies: 1, unchanged: 0, deleted: 0 });
    const after = await dump(db);
    for (const stored of before.assessments) expect(after.assessments).toContainEqual(stored);
    for (const answer of before.answers) expect(after.answers).toContainEqual(answer);
    const copy = after.assessments.find((candidate) => candidate.id !== record.id)!;
    expect(copy).toEqual({ ...backup[0]!.record, id: copy.id });
    expect(await readAnswers(db, copy.id)).toEqual(fixtureAnswers);
  });

  it('a copy whose source is added under a new id points at that new id, so Compare shows the right source', async () => {
    fresh();
    const source = await importAssessment(db, imported, fixtureNow);
    const copy = await duplicateAssessment(db, source.id, fixtureNow + 1);
    const backup = await backupOf(db);
    // The source changes after the backup, so restoring adds the backup's source beside it under a new id.
    await saveAnswer(db, source.id, 'A.8.13', { level: 0 }, fixtureNow + 2);
    await removeForGood(copy.id);

    // The copy comes first in the backup (most recently changed first): the remap must not depend on order.
    expect(backup.map((entry) => entry.record.id)).toEqual([copy.id, source.id]);
    expect(await restoreBackup(db, backup, fixtureNow)).toEqual({ added: 1, addedAsCopies: 1, unchanged: 0, deleted: 0 });
    const restoredSource = (await db.assessments.toArray()).find((record) => record.id !== source.id && record.id !== copy.id)!;
    expect(restoredSource.organization).toBe(source.organization);
    expect((await db.assessments.get(copy.id))!.copiedFrom).toBe(restoredSource.id);
  });

  it('a copy whose source was already here unchanged keeps pointing at it', async () => {
    fresh();
    const source = await importAssessment(db, imported, fixtureNow);
    const copy = await duplicateAssessment(db, source.id, fixtureNow + 1);
    const backup = await backupOf(db);
    await removeForGood(copy.id);
    expect(await restoreBackup(db, backup, fixtureNow)).toEqual({ added: 1, addedAsCopies: 0, unchanged: 1, deleted: 0 });
    expect((await db.assessments.get(copy.id))!.copiedFrom).toBe(source.id);
  });

  it('writes nothing when any entry fails: one transaction for the whole backup', async () => {
    fresh();
    await createAssessment(db, { organization: 'Kept', employees: 5, sector: 'Retail' });
    const before = await dump(db);
    const entries = [
      { record: { ...fixtureRecord, id: 'first' }, answers: fixtureAnswers },
      { record: { ...fixtureRecord, id: 'second' }, answers: {} },
    ];
    // The second entry fails as a full disk would: the first must not stay behind.
    const original = db.assessments.add.bind(db.assessments);
    let calls = 0;
    db.assessments.add = ((value: AssessmentRecord) => (++calls === 2 ? Promise.reject(new Error('quota')) : original(value))) as never;
    await expect(restoreBackup(db, entries, fixtureNow)).rejects.toThrow('quota');
    db.assessments.add = original;
    expect(await dump(db)).toEqual(before);
  });
});

describe('delete all with undo', () => {
  it('deletes every live assessment and brings back exactly those', async () => {
    fresh();
    const earlier = await createAssessment(db, { organization: 'Deleted earlier', employees: 5, sector: 'Retail' }, 1);
    await deleteAssessment(db, earlier.id, 2);
    const a = await createAssessment(db, { organization: 'A', employees: 5, sector: 'Retail' }, 3);
    const b = await createAssessment(db, { organization: 'B', employees: 5, sector: 'Retail' }, 4);
    await saveAnswer(db, a.id, 'quick.documents', { level: 3 }, 5);

    const ids = await deleteAllAssessments(db, 10);
    expect(new Set(ids)).toEqual(new Set([a.id, b.id]));
    expect(await listAssessments(db)).toEqual([]);
    expect(await readAnswers(db, a.id)).toEqual({ 'quick.documents': { level: 3 } });

    await restoreAssessments(db, ids);
    expect((await listAssessments(db)).map((record) => record.organization).sort()).toEqual(['A', 'B']);
    expect((await db.assessments.get(earlier.id))?.deletedAt).toBe(2);
  });
});
