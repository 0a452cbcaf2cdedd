/**
 * Damaged stored records (issue 16, finding 6): each is set aside and named, the rest stays usable, and the
 * backup of everything readable restores.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '../../lib/db/answers';
import { createAssessment } from '../../lib/db/assessments';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { storeBundledCatalog } from '../../lib/db/seed';
import { parseBackupFile } from '../../lib/exports/backup';
import { createTransfer } from '../../lib/state/transfer';
import { createWorkspace } from '../../lib/state/workspace';
import { checkAnswers, checkAssessments } from '../../lib/stored-records';

let db: ReadinessDatabase;
afterEach(async () => db?.delete());

const good = { id: 'a-good', organization: 'Good Ltd', employees: 50, sector: 'Retail', depth: 'quick', createdAt: 1, updatedAt: 2 };

describe('stored assessments', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['without organization', { ...good, organization: undefined }, /^The assessment has no organization name\.$/],
    ['with employees "many"', { ...good, employees: 'many' }, /^The (headcount|number of employees) of the assessment should be a number/],
    ['with an unknown depth', { ...good, depth: 'deep' }, /^The depth of the assessment should be one of /],
    ['with a text date', { ...good, updatedAt: 'yesterday' }, /of the assessment should be a number/],
    ['with drivers of the wrong kind', { ...good, drivers: { sites: 'two' } }, /in the .+ of the assessment should be/],
  ])('%s is set aside and named in words; the good one is read', (_name, record, problem) => {
    const actual = checkAssessments([good, { ...record, id: 'a-bad' }]);
    expect(actual.readable).toEqual([good]);
    expect(actual.damaged).toHaveLength(1);
    expect(actual.damaged[0]).toMatchObject({ kind: 'assessment', key: 'a-bad' });
    expect(actual.damaged[0]!.problem).toMatch(problem);
    expect(actual.damaged[0]!.problem).not.toMatch(/Invalid input|→|✖/);
  });

  it('a long contact or note is no damage: length limits belong to files, not to what a page stored', () => {
    expect(checkAssessments([{ ...good, contact: 'x'.repeat(500) }]).damaged).toEqual([]);
    expect(checkAnswers('a', { 'A.5.1': { level: 2, note: 'x'.repeat(20_000) } }).damaged).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['level 7', { level: 7 }],
    ['no level', { note: 'orphan' }],
    ['evidence "yes"', { level: 2, evidence: 'yes' }],
  ])('an answer with %s is set aside', (_name, answer) => {
    const actual = checkAnswers('a-good', { 'A.5.1': { level: 1 }, 'A.5.2': answer as never });
    expect(actual.readable).toEqual({ 'A.5.1': { level: 1 } });
    expect(actual.damaged).toMatchObject([{ kind: 'answer', key: 'a-good / A.5.2' }]);
  });
});

describe('a page over a database with damaged records', () => {
  it('lists the readable assessments, names the damaged ones, and backs up what can be restored', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await storeBundledCatalog(db);
    const kept = await createAssessment(db, { organization: 'Kept', employees: 9, sector: 'Retail' });
    await saveAnswer(db, kept.id, 'A.5.1', { level: 2, note: 'fine' });
    await saveAnswer(db, kept.id, 'A.5.2', { level: 'high' as never });
    await db.assessments.add({ ...good, id: 'no-name', organization: undefined } as never);
    await db.assessments.add({ ...good, id: 'many', employees: 'many' } as never);
    await db.settings.put({ key: 'current-assessment', value: kept.id });

    const workspace = createWorkspace(db);
    await expect.poll(() => workspace.ready.value && workspace.answersLoaded.value).toBe(true);
    expect(workspace.assessments.value.map((record) => record.id)).toEqual([kept.id]);
    expect(workspace.answers.value).toEqual({ 'A.5.1': { level: 2, note: 'fine' } });
    expect(workspace.damaged.value.map((record) => record.key).sort()).toEqual([`${kept.id} / A.5.2`, 'many', 'no-name']);
    workspace.dispose();

    const backup = await createTransfer(db).backupJson('2022.1');
    expect(backup.count).toBe(1);
    const parsed = parseBackupFile(backup.text);
    expect(parsed.ok && parsed.assessments.map(({ record, answers }) => [record.id, answers])).toEqual([[kept.id, { 'A.5.1': { level: 2, note: 'fine' } }]]);
  });
});
