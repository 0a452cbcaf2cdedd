import type { Score } from '../../lib/scoring';
import type { CertificateStatus } from '../../lib/surveillance';
import { certifiedTitle } from './certified-text';
import { toConfirmSentence, verdictTitleOf } from '../../lib/verdict-words';
import { percent } from '../ui/format';

/** Readiness in a few lines, for the popup: never without its coverage, confidence and certainty. */
export function ReadinessGlance({ score, certificate }: { score: Score; certificate?: CertificateStatus }) {
  const certified = certificate?.kind === 'current' ? certificate : undefined;
  return (
    <div class="stack">
      <p>
        <strong data-testid="overall">{percent(score.overall)}</strong> ready ·{' '}
        <span data-testid="coverage">{percent(score.coverage)}</span> of requirements covered · confidence{' '}
        {score.confidence}
        <br />
        <span data-testid="verdict">{certified ? certifiedTitle(certified) : verdictTitleOf(score)}</span>
      </p>
      {!certified && score.certainty === 'indicative' && (
        <p class="hint" data-testid="to-confirm">
          {toConfirmSentence(score.toConfirm, 3)}
        </p>
      )}
    </div>
  );
}
