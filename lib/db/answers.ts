/**
 * Answers are written the moment they are given: a popup or side panel can close at any time.
 */
import type { Answer, StoredAnswers } from '../answers';
import type { ReadinessDatabase } from './database';

export async function saveAnswer(
  db: ReadinessDatabase,
  assessmentId: string,
  target: string,
  answer: Answer,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.answers, db.assessments, async () => {
    await db.answers.put({ ...answer, assessmentId, target, updatedAt: now });
    await db.assessments.update(assessmentId, { updatedAt: now });
  });
}

export async function clearAnswer(
  db: ReadinessDatabase,
  assessmentId: string,
  target: string,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.answers, db.assessments, async () => {
    await db.answers.delete([assessmentId, target]);
    await db.assessments.update(assessmentId, { updatedAt: now });
  });
}

export async function readAnswers(db: ReadinessDatabase, assessmentId: string): Promise<StoredAnswers> {
  const records = await db.answers.where('assessmentId').equals(assessmentId).toArray();
  const answers: StoredAnswers = {};
  for (const { assessmentId: _assessment, target, updatedAt: _updated, ...answer } of records) answers[target] = answer;
  return answers;
}
