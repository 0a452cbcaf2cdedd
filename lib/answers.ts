/**
 * Answers and the rules a single answer must satisfy (DESIGN §5). Pure: no storage here.
 */
import type { InclusionReason } from '../data/soa-inclusion-reasons';
import type { Catalog, Question } from './catalog';
import { isControl, type ItemId } from './item-ids';
import { hasVisibleText } from './visible-text';

export const maturityValues = [0, 1, 2, 3, 4] as const;
export type Maturity = (typeof maturityValues)[number];
export type Level = Maturity | 'na' | 'dont-know';

export interface Answer {
  level: Level;
  note?: string;
  evidence?: boolean;
  owner?: string;
  /** Why a control is excluded (N/A only): it goes into the Statement of Applicability. */
  justification?: string;
  /**
   * Controls only: why the control is included in the Statement of Applicability, when someone has written
   * the organization's own reason instead of the catalog's suggestion. Kept whatever the level, so a control
   * marked N/A and back keeps it.
   */
  inclusionReason?: InclusionReason;
  inclusionJustification?: string;
  /**
   * Where the level came from when it was not typed in: a confirmed suggestion ("Suggested from your SOC 2 Type
   * II (CC6.1)") or a 2013 statement of applicability. Dropped as soon as someone gives the item another level.
   */
  provenance?: string;
}

/** What a consultant notes about an answer (and, for a control, why it is in the SoA), each changed on its own. */
export type AnswerDetails = Partial<Pick<Answer, 'note' | 'evidence' | 'owner' | 'inclusionReason' | 'inclusionJustification'>>;

/** Answers keyed by what was answered: an item id ("A.8.13") or a group question id ("quick.backup"). */
export type StoredAnswers = Record<string, Answer>;

/** Answers keyed by item id, as scoring sees them. */
export type Answers = Record<ItemId, Answer>;

export function isMaturity(level: Level): level is Maturity {
  return typeof level === 'number';
}

export type AnswerCheck = { ok: true } | { ok: false; error: string };

/** Whether an answer may be given to a question (a question-level or an item-level one). */
export function checkAnswer(question: Pick<Question, 'covers'>, answer: Answer): AnswerCheck {
  const clause = question.covers.find((id) => !isControl(id));
  const aboutInclusion = answer.inclusionReason !== undefined || answer.inclusionJustification !== undefined;
  if (clause && aboutInclusion) {
    return { ok: false, error: `Clause ${clause} is not an Annex A control: it has no place in the Statement of Applicability.` };
  }
  if (answer.level !== 'na') return { ok: true };
  if (clause) {
    return { ok: false, error: `Clause ${clause} is mandatory for certification and cannot be marked not applicable.` };
  }
  if (!hasVisibleText(answer.justification ?? '')) {
    return { ok: false, error: 'Say why this does not apply: the justification goes into the Statement of Applicability.' };
  }
  return { ok: true };
}

/** Finds the question (of any depth) that a stored answer's key belongs to. */
export function questionForTarget(catalog: Catalog, target: string): Question | undefined {
  return (
    catalog.questionSets.full.find((question) => question.id === target) ??
    catalog.questionSets.standard.find((question) => question.id === target) ??
    catalog.questionSets.quick.find((question) => question.id === target) ??
    catalog.retiredQuestions?.find((question) => question.id === target)
  );
}

/**
 * A new level for an item keeps what was noted about it, its SoA inclusion justification included; the
 * justification for exclusion only belongs to N/A.
 */
export function withLevel(previous: Answer | undefined, level: Level, justification?: string): Answer {
  const { level: _level, justification: _justification, provenance: _provenance, ...details } = previous ?? { level };
  return level === 'na' ? { ...details, level, justification: justification?.trim() ?? '' } : { ...details, level };
}
