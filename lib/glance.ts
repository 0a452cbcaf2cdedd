/**
 * The popup's few lines about an assessment, worked out where the catalog and the score are at hand, so that the
 * popup can draw them from the first-screen snapshot without the catalog (lib/state/first-screen.ts).
 */
import type { Catalog, Depth } from './catalog';
import type { StoredAnswers } from './answers';
import { progressOf, questionStates, resolveItemAnswers, type Progress } from './questionnaire';
import type { Intake } from './intake';
import { scoreResolved, type Confidence, type Score } from './scoring';
import { certificateStatus, certifiedTitle } from './surveillance';
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

/** With a current certificate the headline is the next audit of its cycle, not Stage 1 (issue 15). */
export function glanceOf(score: Score, intake?: Intake, today: Date = new Date()): Glance {
  const certificate = certificateStatus(intake, today);
  const figures = { overall: score.overall, coverage: score.coverage, confidence: score.confidence };
  if (certificate.kind === 'current') return { ...figures, verdict: certifiedTitle(certificate) };
  return {
    ...figures,
    verdict: verdictTitleOf(score),
    ...(score.certainty === 'indicative' ? { toConfirm: toConfirmSentence(score.toConfirm, 3) } : {}),
  };
}

export function assessmentGlance(
  catalog: Catalog,
  assessment: { organization: string; depth: Depth; intake?: Intake },
  answers: StoredAnswers,
  score: Score = scoreResolved(catalog, resolveItemAnswers(catalog, answers)),
): AssessmentGlance {
  return {
    organization: assessment.organization,
    progress: progressOf(questionStates(catalog, assessment.depth, answers)),
    glance: glanceOf(score, assessment.intake),
  };
}
