/**
 * How an auditor would likely grade what blocks each stage (DESIGN §6), and why, in plain words. A grade is a
 * likely view to plan by, never an audit opinion: the certification body grades, and it grades what it sees.
 */
import type { Maturity } from './answers';
import type { CatalogItem, DocumentKind } from './catalog';

/** The levels that block a stage: any answer below its minimum, "don't know", or no answer at all. */
export type BlockingLevel = Exclude<Maturity, 3 | 4> | 'dont-know' | 'unanswered';

/**
 * Missing (0, 1: nothing, or nothing written) is likely a major nonconformity; partial (2: written, not yet
 * operating with records) likely a minor one. "Don't know" and no answer are graded neither way: the grade
 * is "to confirm", and the reason says it would likely be major if it turns out to be missing.
 */
export type FindingGrade = 'likely-major' | 'likely-minor' | 'to-confirm';

export function gradeOf(level: BlockingLevel): FindingGrade {
  if (level === 0 || level === 1) return 'likely-major';
  if (level === 2) return 'likely-minor';
  return 'to-confirm';
}

export const findingGradeWords: Record<FindingGrade, string> = {
  'likely-major': 'likely major',
  'likely-minor': 'likely minor',
  'to-confirm': 'to confirm',
};

/** Said once beside every list of graded findings. */
export const gradingCaveat =
  'Grades are the likely view of an auditor, to plan by: the certification body decides, not this assessment.';

const unknownReason = {
  'dont-know': 'Nobody could say yet: find out, because an auditor would likely grade it major if it turns out to be missing.',
  unanswered: 'No answer yet: confirm it, because an auditor would likely grade it major if it turns out to be missing.',
} as const;

export interface Stage1Entry {
  kind: DocumentKind;
  /** True for documentation Annex A asks for (its control is applicable), false for clauses 4–10. */
  annexA: boolean;
}

/** Why a Stage 1 entry blocks, by its kind and level. The grade is said apart (`gradeOf`). */
export function stage1Reason(entry: Stage1Entry, level: BlockingLevel): string {
  if (level === 'dont-know' || level === 'unanswered') return unknownReason[level];
  if (entry.kind === 'record') {
    return level === 2
      ? 'A record, and a plan is not a record: Stage 1 checks that this was done, so it needs level 3 (operating, with records).'
      : 'A record of something done, and it is missing: Stage 1 checks that this was done and recorded (level 3).';
  }
  return entry.annexA
    ? 'Its control applies, so the auditor reads this document at Stage 1 (level 2, written). Running the control can wait when the risk treatment plan schedules it.'
    : 'A mandatory document that is not written yet: Stage 1 needs it at level 2 (defined) or more.';
}

/**
 * Why an item blocks Stage 2; the grade is said apart. `planWritten` says whether a risk treatment plan exists
 * (its entry at its Stage 1 level): a control the plan schedules is acceptable at Stage 1 while not yet operating.
 */
export function stage2Reason(item: Pick<CatalogItem, 'kind'>, level: BlockingLevel, planWritten: boolean): string {
  if (level === 'dont-know' || level === 'unanswered') return unknownReason[level];
  const state = level === 2 ? 'Written down but not yet operating with records' : 'Missing or only informal';
  if (item.kind === 'clause') return `${state}, and this requirement is mandatory: Stage 2 samples its records.`;
  const stage1 = planWritten
    ? 'Acceptable at Stage 1 when your risk treatment plan schedules it; Stage 2 wants it operating.'
    : 'Acceptable at Stage 1 only once a risk treatment plan schedules it, and none is written yet.';
  return `${state}. ${stage1}`;
}
