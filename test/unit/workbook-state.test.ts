import { afterEach, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog';
import { readAnswers, saveAnswer } from '../../lib/db/answers';
import { createAssessment } from '../../lib/db/assessments';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { itemAnswers, resolveItemAnswers } from '../../lib/questionnaire';
import { createWorkbookTransfer } from '../../lib/state/workbook';
import { editAnswers } from '../fixtures/workbook';

let db: ReadinessDatabase;
afterEach(async () => db?.delete());
const catalog = loadCatalog();

it('previews without writing, then writes only the chosen changes, as own answers, in one go', async () => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  const assessment = await createAssessment(db, { organization: 'Litware', employees: 30, sector: 'Retail' }, 1);
  await saveAnswer(db, assessment.id, '4.1', { level: 1, note: 'kept' }, 2);
  const transfer = createWorkbookTransfer(db, () => 10);
  const stored = await readAnswers(db, assessment.id);
  const current = itemAnswers(resolveItemAnswers(catalog, stored));
  const exported = await transfer.workbook({ catalog, assessment, answers: current });
  const filled = await editAnswers(exported, [
    { item: '4.1', column: 'level', value: '3 Implemented' },
    { item: '4.2', column: 'level', value: '2' },
    { item: '4.3', column: 'level', value: '4' },
  ]);
  const outcome = await transfer.preview(new Blob([filled]), catalog, current);
  if (!outcome.ok) throw new Error(outcome.error);
  expect(outcome.preview.changes.map((change) => change.itemId)).toEqual(['4.1', '4.2', '4.3']);
  expect(await readAnswers(db, assessment.id)).toEqual(stored);
  expect(await transfer.apply(assessment.id, outcome.preview, new Set(['4.1', '4.3']))).toBe(2);
  expect(await readAnswers(db, assessment.id)).toEqual({ '4.1': { level: 3, note: 'kept' }, '4.3': { level: 4 } });
  expect((await db.assessments.get(assessment.id))?.updatedAt).toBe(10);
});

it('refuses a file far too large to be a workbook without reading it', async () => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  const huge = new Blob([new Uint8Array(6_000_000)]);
  Object.defineProperty(huge, 'arrayBuffer', { value: () => Promise.reject(new Error('read')) });
  const outcome = await createWorkbookTransfer(db).preview(huge, catalog, {});
  expect(outcome).toEqual({ ok: false, error: expect.stringContaining('The file is too large (6 MB)') });
});
