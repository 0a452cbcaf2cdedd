/**
 * Moving assessments in and out of the database (DESIGN §8, §9): import of one exported assessment, backup
 * and restore of all of them, and deleting all of them with undo. Files are read and checked in lib/exports/;
 * what arrives here has passed its schema. Nothing here ever overwrites or removes data that is already stored.
 */
import type { StoredAnswers } from '../answers';
import type { BackupEntry } from '../exports/backup';
import type { ImportedAssessment } from '../exports/assessment-schema';
import { readAnswers } from './answers';
import { deleteAssessment, restoreAssessment } from './assessments';
import type { AnswerRecord, AssessmentRecord, ReadinessDatabase } from './database';

/** The longest organization name an export may carry (lib/exports/assessment-schema.ts). */
const maxOrganization = 200;

function answerRecords(assessmentId: string, answers: StoredAnswers, now: number): AnswerRecord[] {
  return Object.entries(answers).map(([target, answer]) => ({ ...structuredClone(answer), assessmentId, target, updatedAt: now }));
}

/** "Acme (imported 2025-03-14)", kept within the organization name's length limit. */
function importedName(organization: string, now: number): string {
  const suffix = ` (imported ${new Date(now).toISOString().slice(0, 10)})`;
  return organization.slice(0, maxOrganization - suffix.length) + suffix;
}

/**
 * Adds an imported assessment under a fresh id, with its answers, in one transaction. The name gets
 * "(imported …)" when a live assessment already has it, so the two can be told apart; a `copiedFrom` that names
 * no assessment in this database is dropped, so Compare never looks for one that is not here.
 */
export async function importAssessment(db: ReadinessDatabase, imported: ImportedAssessment, now = Date.now()): Promise<AssessmentRecord> {
  return db.transaction('rw', db.assessments, db.answers, async () => {
    const { deletedAt: _deletedAt, copiedFrom, ...fields } = structuredClone(imported.record);
    const [source, sameName] = await Promise.all([
      copiedFrom === undefined ? undefined : db.assessments.get(copiedFrom),
      db.assessments.filter((record) => record.deletedAt === undefined && record.organization === fields.organization).count(),
    ]);
    const record: AssessmentRecord = {
      ...fields,
      id: crypto.randomUUID(),
      organization: sameName > 0 ? importedName(fields.organization, now) : fields.organization,
      ...(source ? { copiedFrom } : {}),
    };
    await db.assessments.add(record);
    await db.answers.bulkAdd(answerRecords(record.id, imported.answers, now));
    return record;
  });
}

/**
 * Every stored assessment with its answers, most recently changed first: deleted ones still within their undo
 * window are included with their `deletedAt` (restoring gives back exactly what was); purged ones are gone.
 */
export async function readBackup(db: ReadinessDatabase): Promise<BackupEntry[]> {
  return db.transaction('r', db.assessments, db.answers, async () => {
    const assessments = await db.assessments.orderBy('updatedAt').reverse().toArray();
    const answers = await Promise.all(assessments.map((assessment) => readAnswers(db, assessment.id)));
    return assessments.map((assessment, at) => ({ assessment, answers: answers[at]! }));
  });
}

export interface RestoreCounts {
  /** Added under their own id. */
  added: number;
  /** Their id was taken by a different assessment here: added under a new id, beside it. */
  addedAsCopies: number;
  /** Already here, identical: nothing to do. */
  unchanged: number;
  /** Of those added, how many were deleted when the backup was made (they stay deleted, within undo). */
  deleted: number;
}

/** JSON with object keys sorted, so two records compare equal whatever order their keys were stored in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * Adds every assessment of a backup in one transaction: all of it is restored, or (on any failure) nothing.
 * An id that is free keeps its assessment's id; an id already holding the very same assessment is skipped; an id
 * holding something else gets the backup's assessment under a new id, so the stored one is never overwritten.
 * A copy's `copiedFrom` follows its source to the new id, whichever of the two comes first in the file.
 */
export async function restoreBackup(db: ReadinessDatabase, entries: readonly ImportedAssessment[], now = Date.now()): Promise<RestoreCounts> {
  return db.transaction('rw', db.assessments, db.answers, async () => {
    const counts: RestoreCounts = { added: 0, addedAsCopies: 0, unchanged: 0, deleted: 0 };
    const toAdd: ImportedAssessment[] = [];
    const newIds = new Map<string, string>();
    for (const entry of entries) {
      const { record, answers } = entry;
      const stored = await db.assessments.get(record.id);
      if (stored && canonical(stored) === canonical(record) && canonical(await readAnswers(db, record.id)) === canonical(answers)) {
        counts.unchanged += 1;
        continue;
      }
      if (stored) newIds.set(record.id, crypto.randomUUID());
      toAdd.push(entry);
    }
    for (const { record, answers } of toAdd) {
      const restored: AssessmentRecord = { ...structuredClone(record), id: newIds.get(record.id) ?? record.id };
      if (record.copiedFrom !== undefined && newIds.has(record.copiedFrom)) restored.copiedFrom = newIds.get(record.copiedFrom);
      await db.assessments.add(restored);
      await db.answers.bulkAdd(answerRecords(restored.id, answers, now));
      counts[newIds.has(record.id) ? 'addedAsCopies' : 'added'] += 1;
      if (restored.deletedAt !== undefined) counts.deleted += 1;
    }
    return counts;
  });
}

/** Deletes every live assessment (each can be brought back); returns their ids for `restoreAssessments`. */
export async function deleteAllAssessments(db: ReadinessDatabase, now = Date.now()): Promise<string[]> {
  return db.transaction('rw', db.assessments, async () => {
    const ids = (await db.assessments.filter((record) => record.deletedAt === undefined).primaryKeys()) as string[];
    for (const id of ids) await deleteAssessment(db, id, now);
    return ids;
  });
}

/** Brings back the assessments `deleteAllAssessments` deleted (those not purged since). */
export async function restoreAssessments(db: ReadinessDatabase, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.assessments, async () => {
    for (const id of ids) await restoreAssessment(db, id);
  });
}
