/**
 * What a kiosk visitor sees at the end (DESIGN §1): readiness beside its coverage and confidence, the auditor's
 * verdict (always indicative once it rests on the quick scan's answers), the weakest areas in plain words, and a
 * rough cost and timeline band. Pure: from the catalog and the in-memory answers only.
 */
import type { Answer, Level, StoredAnswers } from '../answers';
import type { Catalog, Question } from '../catalog';
import { defaultAssumptions, estimate, type Assumptions, type Range } from '../estimate';
import type { KioskAnswers } from './machine';
import { itemAnswers, resolveItemAnswers } from '../questionnaire';
import { planAssessment, todayUtc } from '../roadmap';
import { scoreResolved, type Certainty, type Confidence, type Verdict } from '../scoring';

export interface VisitGap {
  questionId: string;
  /** The heaviest catalog item the question covers: a short, recognisable name. */
  title: string;
  level: Level;
}

export interface VisitSummary {
  overall: number | null;
  /** Share of the applicable requirements the answers cover, 0–1. */
  coverage: number;
  confidence: Confidence;
  verdict: Verdict;
  certainty: Certainty;
  /** How many items the verdict waits on before it is confirmed. */
  toConfirm: number;
  /** Questions answered with a level. */
  answered: number;
  /** Weakest first, at most `topGapCount`. */
  topGaps: VisitGap[];
}

export const topGapCount = 3;

/** Worst first; answers at 3 or 4 are not gaps. */
const gapOrder: readonly Level[] = [0, 'dont-know', 1, 2];

export function summarizeVisit(catalog: Catalog, answers: KioskAnswers): VisitSummary {
  const stored: StoredAnswers = Object.fromEntries(
    Object.entries(answers).map(([questionId, level]): [string, Answer] => [questionId, { level }]),
  );
  const score = scoreResolved(catalog, resolveItemAnswers(catalog, stored));
  const questions = catalog.questionSets.quick;
  const topGaps = gapOrder
    .flatMap((level) => questions.filter((question) => answers[question.id] === level))
    .slice(0, topGapCount)
    .map((question) => ({ questionId: question.id, title: gapTitle(catalog, question), level: answers[question.id]! }));
  return {
    overall: score.overall,
    coverage: score.coverage,
    confidence: score.confidence,
    verdict: score.verdict,
    certainty: score.certainty,
    toConfirm: score.toConfirm.length,
    answered: Object.values(answers).filter((level) => typeof level === 'number').length,
    topGaps,
  };
}

function gapTitle(catalog: Catalog, question: Question): string {
  const items = question.covers.map((id) => catalog.items.find((item) => item.id === id)!);
  const heaviest = items.reduce((best, item) => (item.weight > best.weight ? item : best));
  return heaviest.title;
}

/** Organization sizes a visitor can tap; each stands for a typical headcount of its band. */
export const visitorSizes = [
  { label: 'Fewer than 50 people', employees: 25 },
  { label: '50–249 people', employees: 120 },
  { label: '250–999 people', employees: 500 },
  { label: '1,000 people or more', employees: 2_000 },
] as const;

/** The size assumed until the visitor picks one: the reference guide's mid-market profile. */
export const assumedEmployees = 250;

export interface VisitBand {
  /** Outside fees to certification: gap analysis, implementation support, the certification audit (USD). */
  initial: Range;
  /** Kickoff to Stage 2, in months. */
  months: Range;
}

/**
 * The cost and timeline band for this readiness, at the operator's own rates when they set some in Settings;
 * undefined while nothing is answered.
 */
export function visitBand(
  overall: number | null,
  employees = assumedEmployees,
  assumptions: Assumptions = defaultAssumptions,
  visit?: { catalog: Catalog; answers: KioskAnswers },
): VisitBand | undefined {
  if (overall === null) return undefined;
  const input = { employees, maturity: overall };
  if (!visit) {
    const result = estimate(input, assumptions);
    return { initial: result.initial, months: result.months };
  }
  // With the visitor's answers, the months come from the work they leave, as on the cost tab.
  const stored: StoredAnswers = Object.fromEntries(Object.entries(visit.answers).map(([questionId, level]): [string, Answer] => [questionId, { level }]));
  const resolved = resolveItemAnswers(visit.catalog, stored);
  const { catalog } = visit;
  const plan = planAssessment({ catalog, answers: itemAnswers(resolved), score: scoreResolved(catalog, resolved), input, assumptions, kickoff: todayUtc() });
  return { initial: plan.estimate.initial, months: plan.estimate.months };
}
