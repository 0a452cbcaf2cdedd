/**
 * Readiness scores (DESIGN §6): per clause, per Annex A theme, for the management system, the controls and
 * overall, each beside its coverage; plus the auditor's verdict from lib/verdict.ts and how sure it is. A pure
 * function of (catalog, answers) that does no more per call than one pass over the items.
 *
 * `scoreAssessment(catalog, answers)` treats every answer as given at item level, so its verdict is confirmed
 * whenever it can be. Pass the items' origins as a third argument (or call `scoreResolved` with the resolved
 * answers) and a verdict resting on quick-scan answers comes out indicative, naming the items to confirm.
 */
import type { Catalog } from './catalog';
import { clauseGroupIds, themeGroupIds, type ClauseGroupId, type GroupId, type ThemeGroupId } from './item-ids';
import type { Answers } from './answers';
import { itemAnswers, itemOrigins, type ResolvedAnswers } from './questionnaire';
import { auditView, effectiveLevels, type AuditView, type ItemLevel, type ItemOrigins } from './verdict';

export type {
  BlockingLevel,
  Certainty,
  FindingGrade,
  ItemLevel,
  ItemOrigins,
  ItemToConfirm,
  RevealedGap,
  Stage1Finding,
  Stage2Finding,
  Verdict,
} from './verdict';

/** How overall readiness weighs the management system (clauses 4–10) against the Annex A controls. */
export const overallWeights = { management: 0.5, controls: 0.5 } as const;

/**
 * Confidence falls with missing answers (coverage) and with the share of given responses that were
 * "don't know". High needs both limits of its row; medium both of its row; anything else is low.
 */
export const confidenceThresholds = {
  high: { minCoverage: 0.9, maxDontKnowShare: 0.1 },
  medium: { minCoverage: 0.5, maxDontKnowShare: 0.25 },
} as const;

const percent = (share: number) => `${Math.round(share * 100)} %`;

export const scoringFormula =
  'Each answer scores its level divided by 4, so "not in place" (0) counts 0 % and "audit-ready" (4) counts ' +
  '100 %. A clause or Annex A theme scores the weighted average of its answered items, where an item weighs 1 ' +
  'to 3 by how much an auditor relies on it. Unanswered and "don\'t know" items are left out rather than ' +
  'counted as zero: they lower coverage, not the score; controls marked not applicable are left out of both. ' +
  `Overall readiness is ${percent(overallWeights.management)} the management system (all clause requirements ` +
  `4–10) and ${percent(overallWeights.controls)} the applicable Annex A controls; when only one of the two ` +
  'has answers, it is that one alone. Coverage is the share of the applicable requirements (clause ' +
  'requirements and applicable controls) that have an answer at any depth; confidence falls as coverage falls ' +
  'and as "don\'t know" answers rise. A verdict is indicative while anything it rests on comes only from the ' +
  'quick scan, and says which items to confirm.';

export interface GroupScore {
  /** Weighted mean of item level / 4 over answered, applicable items; null when none is answered. */
  score: number | null;
  /** answered / applicable, 0–1; 1 when nothing is applicable. */
  coverage: number;
  answered: number;
  /** Items that count: every clause item, every control not marked N/A. */
  applicable: number;
  dontKnow: number;
  notApplicable: number;
}

export type Confidence = 'high' | 'medium' | 'low';

export interface Score extends AuditView {
  /** overallWeights applied to management and controls; null when nothing is answered. */
  overall: number | null;
  /** Answered applicable items / applicable items, over the whole catalog. */
  coverage: number;
  management: GroupScore;
  controls: GroupScore;
  clauses: Record<ClauseGroupId, GroupScore>;
  themes: Record<ThemeGroupId, GroupScore>;
  confidence: Confidence;
}

/** Running sums for one group; turned into a GroupScore at the end. */
interface Tally {
  weighted: number;
  weights: number;
  answered: number;
  applicable: number;
  dontKnow: number;
  notApplicable: number;
}

interface ScoringIndex {
  /** Per catalog item, in catalog order: its group's tally slot and whether it is a clause. */
  slots: Array<{ group: number; clause: boolean }>;
  groups: GroupId[];
}

const indexes = new WeakMap<Catalog, ScoringIndex>();

function indexOf(catalog: Catalog): ScoringIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  const groups: GroupId[] = [...clauseGroupIds, ...themeGroupIds];
  index = {
    groups,
    slots: catalog.items.map((item) => ({ group: groups.indexOf(item.group), clause: item.kind === 'clause' })),
  };
  indexes.set(catalog, index);
  return index;
}

const emptyTally = (): Tally => ({ weighted: 0, weights: 0, answered: 0, applicable: 0, dontKnow: 0, notApplicable: 0 });

function count(tally: Tally, level: ItemLevel, weight: number): void {
  if (level === 'na') {
    tally.notApplicable += 1;
    return;
  }
  tally.applicable += 1;
  if (level === 'dont-know') tally.dontKnow += 1;
  if (typeof level !== 'number') return;
  tally.answered += 1;
  tally.weights += weight;
  tally.weighted += (weight * level) / 4;
}

function toGroupScore(tally: Tally): GroupScore {
  return {
    score: tally.weights > 0 ? tally.weighted / tally.weights : null,
    coverage: tally.applicable > 0 ? tally.answered / tally.applicable : 1,
    answered: tally.answered,
    applicable: tally.applicable,
    dontKnow: tally.dontKnow,
    notApplicable: tally.notApplicable,
  };
}

function combine(management: number | null, controls: number | null): number | null {
  if (management === null) return controls;
  if (controls === null) return management;
  return overallWeights.management * management + overallWeights.controls * controls;
}

export function confidenceOf(coverage: number, answered: number, dontKnow: number): Confidence {
  const responses = answered + dontKnow;
  const dontKnowShare = responses > 0 ? dontKnow / responses : 0;
  for (const confidence of ['high', 'medium'] as const) {
    const { minCoverage, maxDontKnowShare } = confidenceThresholds[confidence];
    if (coverage >= minCoverage && dontKnowShare <= maxDontKnowShare) return confidence;
  }
  return 'low';
}

export function scoreAssessment(catalog: Catalog, answers: Answers, origins: ItemOrigins = {}): Score {
  const index = indexOf(catalog);
  const tallies = index.groups.map(emptyTally);
  const management = emptyTally();
  const controls = emptyTally();

  const levels = effectiveLevels(catalog, answers);
  catalog.items.forEach((item, at) => {
    const slot = index.slots[at]!;
    count(tallies[slot.group]!, levels[at]!, item.weight);
    count(slot.clause ? management : controls, levels[at]!, item.weight);
  });

  const groupScores = new Map(index.groups.map((group, at) => [group, toGroupScore(tallies[at]!)]));
  const pick = <G extends GroupId>(ids: readonly G[]) =>
    Object.fromEntries(ids.map((id) => [id, groupScores.get(id)!])) as Record<G, GroupScore>;
  const managementScore = toGroupScore(management);
  const controlsScore = toGroupScore(controls);
  const answered = management.answered + controls.answered;
  const applicable = management.applicable + controls.applicable;
  const coverage = applicable > 0 ? answered / applicable : 1;

  return {
    overall: combine(managementScore.score, controlsScore.score),
    coverage,
    management: managementScore,
    controls: controlsScore,
    clauses: pick(clauseGroupIds),
    themes: pick(themeGroupIds),
    confidence: confidenceOf(coverage, answered, management.dontKnow + controls.dontKnow),
    ...auditView(catalog, levels, origins),
  };
}

/** The score of answers resolved from every depth, each item keeping where its value came from. */
export function scoreResolved(catalog: Catalog, resolved: ResolvedAnswers): Score {
  return scoreAssessment(catalog, itemAnswers(resolved), itemOrigins(resolved));
}
