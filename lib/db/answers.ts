/**
 * Answers are written the moment they are given: a popup or side panel can close at any time. Several pages can
 * edit one answer at once (two tabs, the side panel beside the workspace), so a write changes only what its user
 * changed, reading the stored answer inside the same transaction: never a page's possibly stale copy of it.
 */
import { withLevel, type Answer, type AnswerDetails, type Level, type StoredAnswers } from '../answers';
import type { AnswerRecord, ReadinessDatabase } from './database';

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

/** Sets the level (and an N/A's justification); the note, evidence and owner stored with it stay as they are. */
export async function saveLevel(
  db: ReadinessDatabase,
  assessmentId: string,
  target: string,
  level: Level,
  justification?: string,
  now = Date.now(),
): Promise<Answer> {
  return db.transaction('rw', db.answers, db.assessments, async () => {
    const stored = await db.answers.get([assessmentId, target]);
    const answer = withLevel(stored && answerOf(stored), level, justification);
    await db.answers.put({ ...answer, assessmentId, target, updatedAt: now });
    await db.assessments.update(assessmentId, { updatedAt: now });
    return answer;
  });
}

/**
 * Changes only the given details of a stored answer. False when there is no answer to add them to (another page
 * cleared it): details belong to an answer.
 */
export async function saveDetails(
  db: ReadinessDatabase,
  assessmentId: string,
  target: string,
  details: AnswerDetails,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.answers, db.assessments, async () => {
    const changed = await db.answers.update([assessmentId, target], { ...details, updatedAt: now });
    if (changed === 0) return false;
    await db.assessments.update(assessmentId, { updatedAt: now });
    return true;
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

function answerOf({ assessmentId: _assessment, target: _target, updatedAt: _updated, ...answer }: AnswerRecord): Answer {
  return answer;
}

export async function readAnswers(db: ReadinessDatabase, assessmentId: string): Promise<StoredAnswers> {
  const records = await db.answers.where('assessmentId').equals(assessmentId).toArray();
  return Object.fromEntries(records.map((record) => [record.target, answerOf(record)]));
}

/** Several item answers at once (a workbook's chosen changes), in one transaction: all are written, or none. */
export async function saveAnswers(db: ReadinessDatabase, assessmentId: string, answers: StoredAnswers, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.answers, db.assessments, async () => {
    await db.answers.bulkPut(Object.entries(answers).map(([target, answer]) => ({ ...answer, assessmentId, target, updatedAt: now })));
    await db.assessments.update(assessmentId, { updatedAt: now });
  });
}

/**
 * Writes answers only to items still unanswered when the write runs (another page may have answered one since
 * the suggestion was shown): confirming a suggestion never overwrites what someone entered. Resolves to the
 * targets written.
 */
export async function saveUnansweredOnly(db: ReadinessDatabase, assessmentId: string, answers: StoredAnswers, now = Date.now()): Promise<string[]> {
  return db.transaction('rw', db.answers, db.assessments, async () => {
    const targets = Object.keys(answers);
    const existing = await db.answers.bulkGet(targets.map((target) => [assessmentId, target] as [string, string]));
    const fresh = targets.filter((_, at) => existing[at] === undefined);
    await db.answers.bulkPut(fresh.map((target) => ({ ...answers[target]!, assessmentId, target, updatedAt: now })));
    if (fresh.length > 0) await db.assessments.update(assessmentId, { updatedAt: now });
    return fresh;
  });
}
