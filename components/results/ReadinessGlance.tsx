import type { Score } from '../../lib/scoring';
import { percent } from '../ui/format';
import { verdictText } from './verdict-text';

/** Readiness in one line, for the popup. */
export function ReadinessGlance({ score }: { score: Score }) {
  return (
    <p>
      <strong data-testid="overall">{percent(score.overall)}</strong> ready ·{' '}
      <span data-testid="coverage">{percent(score.coverage)}</span> answered
      <br />
      <span data-testid="verdict">{verdictText[score.verdict].title}</span>
    </p>
  );
}
