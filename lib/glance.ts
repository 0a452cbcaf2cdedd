/**
 * The popup's few lines about an assessment, worked out where the catalog and the score are at hand, so that the
 * popup can draw them from the first-screen snapshot without the catalog (lib/state/first-screen.ts).
 */
import type { Catalog, Depth } from './catalog';
import type { StoredAnswers } from './answers';
import { progressOf, questionStates, resolveItemAnswers, type Progress } from './questionnaire';
import { scoreResolved, type Confidence, type Score } from './scoring';
import { toConfirmSentence, verdictTitleOf } from './verdict-words';

export interface Glance {
  /** Shares from 0 to 1; overall is null while nothing is answered. */
  overall: number | null;
  coverage: number;
  confidence: Confidence;
  verdict: string;
  /** What to confirm before the verdict holds, when it is only indicative. */
  toConfirm?: string;
}

export interface AssessmentGlance {
  organization: string;
  progress: Progress;
  glance: Glance;
}

export function glanceOf(score: Score): Glance {
  return {
    overall: score.overall,
    coverage: score.coverage,
    confidence: score.confidence,
    verdict: verdictTitleOf(score),
    ...(score.certainty === 'indicative' ? { toConfirm: toConfirmSentence(score.toConfirm, 3) } : {}),
  };
}

export function assessmentGlance(
  catalog: Catalog,
  assessment: { organization: string; depth: Depth },
  answers: StoredAnswers,
  score: Score = scoreResolved(catalog, resolveItemAnswers(catalog, answers)),
): AssessmentGlance {
  return {
    organization: assessment.organization,
    progress: progressOf(questionStates(catalog, assessment.depth, answers)),
    glance: glanceOf(score),
  };
}
