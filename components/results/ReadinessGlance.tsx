import type { Glance } from '../../lib/glance';
import { percent } from '../ui/format';

/** Readiness in a few lines, for the popup: never without its coverage, confidence and certainty. */
export function ReadinessGlance({ glance }: { glance: Glance }) {
  return (
    <div class="stack">
      <p>
        <strong data-testid="overall">{percent(glance.overall)}</strong> ready ·{' '}
        <span data-testid="coverage">{percent(glance.coverage)}</span> of requirements covered · confidence{' '}
        {glance.confidence}
        <br />
        <span data-testid="verdict">{glance.verdict}</span>
      </p>
      {glance.toConfirm !== undefined && (
        <p class="hint" data-testid="to-confirm">
          {glance.toConfirm}
        </p>
      )}
    </div>
  );
}
