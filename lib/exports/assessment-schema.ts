/**
 * What an assessment looks like when it comes from outside (an export, a backup): strict objects, every string
 * length-limited, every number in range, answers only to questions and items the catalog knows (retired
 * quick-scan questions included, so files from before a catalog update still import), N/A and an SoA inclusion
 * only where lib/answers.ts allows them (controls). Shared by json.ts and backup.ts.
 */
import { approaches, certificationBodies, maturityBands, scopes } from '../../data/cost-model';
import { inclusionReasons } from '../../data/soa-inclusion-reasons';
import { checkAnswer, type Answer, type StoredAnswers } from '../answers';
import { maxEmployees } from '../assessment-input';
import type { Catalog, Question } from '../catalog';
import type { AssessmentRecord } from '../assessment';
import { maxSites } from '../estimate';
import { depths } from '../item-ids';
import { certificationKinds, frameworkKinds } from '../intake';
import { hasVisibleText } from '../visible-text';
import { z } from '../zod';

/** Longest accepted text per field, in characters: generous for real use, far below anything hostile. */
export const textLimits = {
  id: 100,
  organization: 200,
  sector: 100,
  contact: 200,
  note: 5_000,
  owner: 200,
  justification: 2_000,
  catalogVersion: 50,
  provenance: 300,
} as const;

const text = (field: keyof typeof textLimits) => z.string().max(textLimits[field], `at most ${textLimits[field]} characters`);
const nonBlank = (field: keyof typeof textLimits) => text(field).refine(hasVisibleText, 'must not be blank');
const timestamp = z.number().int().min(0).max(8.64e15);

const DriversSchema = z.strictObject({
  sites: z.number().int().min(1).max(maxSites).optional(),
  scope: z.enum(scopes).optional(),
  certificationBody: z.enum(certificationBodies).optional(),
  approach: z.enum(approaches).optional(),
  grcTool: z.boolean().optional(),
  soc2: z.boolean().optional(),
  maturity: z.enum(maturityBands).optional(),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').optional(),
});

const decision = z.enum(['yes', 'no']).optional();

const IntakeSchema = z.strictObject({
  certifications: z
    .array(
      z.strictObject({
        kind: z.enum(certificationKinds),
        issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').optional(),
      }),
    )
    .max(certificationKinds.length)
    .refine((list) => new Set(list.map((entry) => entry.kind)).size === list.length, 'each certification at most once'),
  frameworks: z.array(z.enum(frameworkKinds)).max(frameworkKinds.length),
  nis2: decision,
  dora: decision,
});

export const AssessmentRecordSchema = z.strictObject({
  id: nonBlank('id'),
  organization: nonBlank('organization'),
  employees: z.number().int().min(1).max(maxEmployees),
  sector: text('sector'),
  contact: text('contact').optional(),
  depth: z.enum(depths),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.optional(),
  copiedFrom: text('id').optional(),
  drivers: DriversSchema.optional(),
  intake: IntakeSchema.optional(),
});

type Expect<T extends true> = T;
/**
 * Fails to compile when AssessmentRecord gains a field this schema does not accept: the strict import would
 * otherwise reject every export made after the change.
 */
export type EveryRecordFieldAccepted = Expect<
  [Exclude<keyof AssessmentRecord, keyof z.infer<typeof AssessmentRecordSchema>>] extends [never] ? true : false
>;

export const AnswerSchema = z.strictObject({
  level: z.literal([0, 1, 2, 3, 4, 'na', 'dont-know'], { error: 'a level 0–4, "na" or "dont-know"' }),
  note: text('note').optional(),
  evidence: z.boolean().optional(),
  owner: text('owner').optional(),
  justification: text('justification').optional(),
  inclusionReason: z.enum(inclusionReasons).optional(),
  inclusionJustification: text('justification').optional(),
  provenance: text('provenance').optional(),
});

/** Fails to compile when Answer gains a field this schema does not accept (see EveryRecordFieldAccepted). */
export type EveryAnswerFieldAccepted = Expect<
  [Exclude<keyof Answer, keyof z.infer<typeof AnswerSchema>>] extends [never] ? true : false
>;

const questionIndexes = new WeakMap<Catalog, Map<string, Question>>();

function questionIndex(catalog: Catalog): Map<string, Question> {
  let index = questionIndexes.get(catalog);
  if (!index) {
    const { quick, standard, full } = catalog.questionSets;
    const retired = catalog.retiredQuestions ?? [];
    index = new Map([...retired, ...quick, ...standard, ...full].map((question) => [question.id, question]));
    questionIndexes.set(catalog, index);
  }
  return index;
}

/** Answers keyed by an item id or a question id of `catalog`, each allowed for its question. */
export function storedAnswersSchema(catalog: Catalog) {
  const questions = questionIndex(catalog);
  return z.record(text('id'), AnswerSchema).superRefine((answers, context) => {
    for (const [target, answer] of Object.entries(answers)) {
      const question = questions.get(target);
      if (!question) {
        context.addIssue({ code: 'custom', path: [target], message: `is for a question or item that catalog ${catalog.version} does not have` });
        continue;
      }
      const check = checkAnswer(question, answer);
      if (!check.ok) context.addIssue({ code: 'custom', path: [target, 'level'], message: check.error });
    }
  });
}

export interface ImportedAssessment {
  record: AssessmentRecord;
  answers: StoredAnswers;
}
