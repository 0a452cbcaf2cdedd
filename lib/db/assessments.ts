/**
 * Assessments: create, list, rename, duplicate, delete with undo. Components reach them only through here.
 */
import type { Depth } from '../catalog';
import type { Intake } from '../intake';
import type { AssessmentRecord, ReadinessDatabase } from './database';

export interface NewAssessment {
  organization: string;
  employees: number;
  sector: string;
  contact?: string;
  depth?: Depth;
  /** Filled in at creation when the user chose to; it can be added or changed later. */
  intake?: Intake;
}

export async function createAssessment(
  db: ReadinessDatabase,
  fields: NewAssessment,
  now = Date.now(),
): Promise<AssessmentRecord> {
  const record: AssessmentRecord = {
    id: crypto.randomUUID(),
    organization: fields.organization.trim(),
    employees: fields.employees,
    sector: fields.sector.trim(),
    ...(fields.contact?.trim() ? { contact: fields.contact.trim() } : {}),
    depth: fields.depth ?? 'quick',
    ...(fields.intake ? { intake: fields.intake } : {}),
    createdAt: now,
    updatedAt: now,
  };
  await db.assessments.add(record);
  return record;
}

/** Live assessments, most recently changed first; `search` matches organization, sector or contact. */
export async function listAssessments(db: ReadinessDatabase, search = ''): Promise<AssessmentRecord[]> {
  const needle = search.trim().toLowerCase();
  const all = await db.assessments.orderBy('updatedAt').reverse().toArray();
  return all.filter(
    (record) =>
      record.deletedAt === undefined &&
      (!needle ||
        [record.organization, record.sector, record.contact ?? ''].some((field) => field.toLowerCase().includes(needle))),
  );
}

export async function getAssessment(db: ReadinessDatabase, id: string): Promise<AssessmentRecord | undefined> {
  const record = await db.assessments.get(id);
  return record?.deletedAt === undefined ? record : undefined;
}

export async function updateAssessment(
  db: ReadinessDatabase,
  id: string,
  changes: Partial<Pick<AssessmentRecord, 'organization' | 'employees' | 'sector' | 'contact' | 'depth' | 'drivers' | 'intake'>>,
  now = Date.now(),
): Promise<void> {
  await db.assessments.update(id, { ...changes, updatedAt: now });
}

/** A point-in-time copy: the assessment and every answer, under a new id. */
export async function duplicateAssessment(
  db: ReadinessDatabase,
  id: string,
  now = Date.now(),
): Promise<AssessmentRecord> {
  return db.transaction('rw', db.assessments, db.answers, async () => {
    const source = await db.assessments.get(id);
    if (!source) throw new Error(`No assessment ${id}`);
    const copy: AssessmentRecord = {
      ...structuredClone(source),
      id: crypto.randomUUID(),
      organization: `${source.organization} (copy ${new Date(now).toISOString().slice(0, 10)})`,
      createdAt: now,
      updatedAt: now,
      copiedFrom: source.id,
    };
    const answers = await db.answers.where('assessmentId').equals(id).toArray();
    await db.assessments.add(copy);
    await db.answers.bulkAdd(answers.map((answer) => ({ ...structuredClone(answer), assessmentId: copy.id })));
    return copy;
  });
}

/** Hides the assessment; `restoreAssessment` brings it back with every answer. */
export async function deleteAssessment(db: ReadinessDatabase, id: string, now = Date.now()): Promise<void> {
  await db.assessments.update(id, { deletedAt: now });
}

export async function restoreAssessment(db: ReadinessDatabase, id: string): Promise<void> {
  await db.assessments.where('id').equals(id).modify((record) => {
    delete record.deletedAt;
  });
}

/** Removes for good what was deleted before `olderThan`, answers included. */
export async function purgeDeleted(db: ReadinessDatabase, olderThan: number): Promise<number> {
  return db.transaction('rw', db.assessments, db.answers, async () => {
    const doomed = await db.assessments.where('deletedAt').below(olderThan).primaryKeys();
    await db.answers.where('assessmentId').anyOf(doomed).delete();
    await db.assessments.bulkDelete(doomed);
    return doomed.length;
  });
}
