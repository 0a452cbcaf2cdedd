import { useComputed, type ReadonlySignal } from '@preact/signals';
import type { Answers } from '../../lib/answers';
import type { AssessmentRecord } from '../../lib/assessment';
import type { Catalog } from '../../lib/catalog';
import { estimateAssessment, type Estimate } from '../../lib/estimate';
import { buildSoa, type SoaRow } from '../../lib/exports/soa';
import { buildSummary, type Summary } from '../../lib/exports/summary';
import { itemAnswers } from '../../lib/questionnaire';
import { buildRoadmap, type Roadmap } from '../../lib/roadmap';
import type { Score } from '../../lib/scoring';
import { pageFormats } from '../../lib/state/formats';
import { useAssumptions } from '../settings/useAssumptions';
import { useWorkspace } from '../workspace/WorkspaceContext';

export interface AssessmentReport {
  catalog: Catalog;
  assessment: AssessmentRecord;
  /** Item answers, resolved from every depth. */
  answers: Answers;
  score: Score;
  soa: SoaRow[];
  /** Why there is no estimate (and so no roadmap or summary); empty when there is one. */
  estimateErrors: string[];
  /** Set when the estimate worked; `estimateErrors` says why when it did not. */
  planned?: { estimate: Estimate; roadmap: Roadmap; summary: Summary };
}

/**
 * The current assessment's roadmap, summary and SoA, as the roadmap, SoA, summary and export tabs all show
 * them: one estimate (the assessment's drivers and the saved assumptions) feeds them all, so they agree.
 */
export function useAssessmentReport(): ReadonlySignal<AssessmentReport> {
  const workspace = useWorkspace();
  const { assumptions } = useAssumptions();
  const { formats } = pageFormats();
  return useComputed(() => {
    const catalog = workspace.catalog.value!;
    const assessment = workspace.current.value!;
    const score = workspace.score.value!;
    const answers = itemAnswers(workspace.resolved.value);
    const soa = buildSoa(catalog, answers);
    const estimated = estimateAssessment(assessment, score.overall, assumptions.value, formats.value);
    if (!estimated.ok) return { catalog, assessment, answers, score, soa, estimateErrors: estimated.errors };
    const { estimate } = estimated;
    const roadmap = buildRoadmap(catalog, answers, score, estimate);
    const summary = buildSummary(catalog, assessment, score, estimate, roadmap, formats.value);
    return { catalog, assessment, answers, score, soa, estimateErrors: [], planned: { estimate, roadmap, summary } };
  });
}
