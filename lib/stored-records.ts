/**
 * Stored records checked on the way out of IndexedDB (DESIGN §3: every untrusted input passes a schema). A record
 * damaged on disk, by an old bug or by hand must not blank the page: what passes is used, what fails is set
 * aside and named, so the page can say so and offer a backup of everything readable.
 *
 * The checks are the export schemas' (lib/exports/assessment-schema.ts) without their length limits: a page may
 * have stored a longer note than an export accepts, and that is no damage.
 */
import type { Answer, StoredAnswers } from './answers';
import type { AssessmentRecord } from './assessment';
import { AnswerSchema, AssessmentRecordSchema } from './exports/assessment-schema';
import { describeIssue } from './exports/file-problems';
import { z } from './zod';

const StoredAssessmentSchema = z.object({
  ...AssessmentRecordSchema.shape,
  id: z.string().min(1),
  organization: z.string(),
  sector: z.string(),
  contact: z.string().optional(),
  copiedFrom: z.string().optional(),
});

const StoredAnswerSchema = z.object({
  ...AnswerSchema.shape,
  note: z.string().optional(),
  owner: z.string().optional(),
  justification: z.string().optional(),
  provenance: z.string().optional(),
});

export interface DamagedRecord {
  /** "assessment" or "answer". */
  kind: 'assessment' | 'answer';
  /** How to find it: the assessment's id, or "assessment id / question". */
  key: string;
  /** What is wrong, in the schema's words. */
  problem: string;
  /** The record as stored, for the user to keep. */
  stored: unknown;
}

export interface Checked<T> {
  readable: T;
  damaged: DamagedRecord[];
}

/** The first problems of a record in words ("the assessment has no organization name"), never a schema path. */
const describe = (error: z.ZodError, where: readonly PropertyKey[]) => {
  const said = error.issues.slice(0, 3).map((issue) => describeIssue({ ...issue, path: [...where, ...issue.path] }));
  return `${said.join('; ')}.`.replace(/^./, (first) => first.toUpperCase());
};

const keyOf = (stored: unknown): string => {
  const id = (stored as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : JSON.stringify(id) ?? 'unknown';
};

export function checkAssessments(records: readonly unknown[]): Checked<AssessmentRecord[]> {
  const checked: Checked<AssessmentRecord[]> = { readable: [], damaged: [] };
  for (const stored of records) {
    const result = StoredAssessmentSchema.safeParse(stored);
    if (result.success) checked.readable.push(stored as AssessmentRecord);
    else checked.damaged.push({ kind: 'assessment', key: keyOf(stored), problem: describe(result.error, ['assessment']), stored });
  }
  return checked;
}

export function checkAnswers(assessmentId: string, answers: StoredAnswers): Checked<StoredAnswers> {
  const checked: Checked<StoredAnswers> = { readable: {}, damaged: [] };
  for (const [target, stored] of Object.entries(answers)) {
    const result = StoredAnswerSchema.safeParse(stored);
    if (result.success) checked.readable[target] = stored as Answer;
    else checked.damaged.push({ kind: 'answer', key: `${assessmentId} / ${target}`, problem: describe(result.error, ['answers', target]), stored });
  }
  return checked;
}

/** Of a backup's entries, those that can be read, each with the answers that can be. */
export function readableEntries<T extends { assessment: unknown; answers: StoredAnswers }>(entries: readonly T[]): Checked<T[]> {
  const checked: Checked<T[]> = { readable: [], damaged: [] };
  for (const entry of entries) {
    const assessment = checkAssessments([entry.assessment]);
    checked.damaged.push(...assessment.damaged);
    if (assessment.readable.length === 0) continue;
    const answers = checkAnswers(keyOf(entry.assessment), entry.answers);
    checked.damaged.push(...answers.damaged);
    checked.readable.push({ ...entry, answers: answers.readable });
  }
  return checked;
}
