import { afterEach, describe, expect, it } from 'vitest';
import { clearAnswer, readAnswers, saveAnswer } from '../../lib/db/answers';
import {
  createAssessment,
  deleteAssessment,
  duplicateAssessment,
  getAssessment,
  listAssessments,
  purgeDeleted,
  restoreAssessment,
  updateAssessment,
} from '../../lib/db/assessments';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';

let db: ReadinessDatabase;
afterEach(async () => db?.delete());
const fresh = () => (db = openDatabase(`test-${crypto.randomUUID()}`));
const acme = { organization: '  Acme GmbH ', employees: 250, sector: 'Manufacturing', contact: 'Dana' };

describe('assessments', () => {
  it('are created trimmed, at quick depth, and listed newest first', async () => {
    fresh();
    const first = await createAssessment(db, acme, 1_000);
    const second = await createAssessment(db, { organization: 'Beta', employees: 12, sector: 'Healthcare' }, 2_000);
    expect(first.organization).toBe('Acme GmbH');
    expect(first.depth).toBe('quick');
    expect((await listAssessments(db)).map((record) => record.id)).toEqual([second.id, first.id]);
  });

  it.each([
    ['acme', ['Acme GmbH']],
    ['HEALTH', ['Beta']],
    ['dana', ['Acme GmbH']],
    ['nothing like it', []],
  ])('search %j finds %j', async (search, expected) => {
    fresh();
    await createAssessment(db, acme, 1);
    await createAssessment(db, { organization: 'Beta', employees: 12, sector: 'Healthcare' }, 2);
    expect((await listAssessments(db, search)).map((record) => record.organization)).toEqual(expected);
  });

  it('rename and depth changes are stored', async () => {
    fresh();
    const record = await createAssessment(db, acme);
    await updateAssessment(db, record.id, { organization: 'Acme Group', depth: 'full' });
    expect(await getAssessment(db, record.id)).toMatchObject({ organization: 'Acme Group', depth: 'full' });
  });

  it('switching depth keeps every answer', async () => {
    fresh();
    const record = await createAssessment(db, acme);
    await saveAnswer(db, record.id, 'quick.scope', { level: 2 });
    await saveAnswer(db, record.id, 'A.5.7', { level: 'na', justification: 'n/a' });
    const before = await readAnswers(db, record.id);
    for (const depth of ['full', 'standard', 'quick'] as const) {
      await updateAssessment(db, record.id, { depth });
      expect(await readAnswers(db, record.id)).toEqual(before);
    }
  });

  it('duplicate is a deep, independent copy of the assessment and every answer', async () => {
    fresh();
    const source = await createAssessment(db, acme);
    await saveAnswer(db, source.id, 'A.8.13', { level: 3, note: 'nightly', evidence: true, owner: 'IT' });
    await saveAnswer(db, source.id, 'quick.scope', { level: 1 });
    const copy = await duplicateAssessment(db, source.id, Date.UTC(2026, 10, 25));

    expect(copy.id).not.toBe(source.id);
    expect(copy.copiedFrom).toBe(source.id);
    expect(copy.organization).toBe('Acme GmbH (copy 2026-11-25)');
    expect(await readAnswers(db, copy.id)).toEqual(await readAnswers(db, source.id));

    await saveAnswer(db, copy.id, 'A.8.13', { level: 4 });
    await clearAnswer(db, copy.id, 'quick.scope');
    expect((await readAnswers(db, source.id))['A.8.13']).toEqual({ level: 3, note: 'nightly', evidence: true, owner: 'IT' });
    expect((await readAnswers(db, source.id))['quick.scope']).toEqual({ level: 1 });
  });

  it('delete hides the assessment and undo brings it back with its answers', async () => {
    fresh();
    const record = await createAssessment(db, acme);
    await saveAnswer(db, record.id, '5.2', { level: 2 });
    await deleteAssessment(db, record.id);
    expect(await listAssessments(db)).toEqual([]);
    expect(await getAssessment(db, record.id)).toBeUndefined();

    await restoreAssessment(db, record.id);
    expect((await listAssessments(db)).map((entry) => entry.id)).toEqual([record.id]);
    expect(await readAnswers(db, record.id)).toEqual({ '5.2': { level: 2 } });
  });

  it('purge removes only what was deleted before the cut-off, answers included', async () => {
    fresh();
    const old = await createAssessment(db, acme);
    const recent = await createAssessment(db, { ...acme, organization: 'Recent' });
    const kept = await createAssessment(db, { ...acme, organization: 'Kept' });
    await saveAnswer(db, old.id, '5.2', { level: 2 });
    await deleteAssessment(db, old.id, 100);
    await deleteAssessment(db, recent.id, 900);
    expect(await purgeDeleted(db, 500)).toBe(1);
    expect(await db.assessments.get(old.id)).toBeUndefined();
    expect(await readAnswers(db, old.id)).toEqual({});
    await restoreAssessment(db, recent.id);
    expect((await listAssessments(db)).map((entry) => entry.organization).sort()).toEqual(['Kept', 'Recent']);
    expect(kept).toBeDefined();
  });
});
