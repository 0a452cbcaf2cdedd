import type { Score } from '../../lib/scoring';
import { percent } from '../ui/format';
import { confidenceText, verdictText } from './verdict-text';

/** Overall readiness beside its coverage, and the verdict an auditor would give. */
export function ReadinessSummary({ score }: { score: Score }) {
  const verdict = verdictText[score.verdict];
  return (
    <section class="stack" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Readiness</h2>
      <div class="headline">
        <div>
          <div class="big-number" data-testid="overall">
            {percent(score.overall)}
          </div>
          <div class="hint">overall readiness</div>
        </div>
        <div>
          <div class="big-number" data-testid="coverage">
            {percent(score.coverage)}
          </div>
          <div class="hint">of applicable items answered</div>
        </div>
      </div>
      <div class={`verdict ${score.verdict === 'not-ready' ? 'not-ready' : 'ready'}`} data-testid="verdict">
        <strong>{verdict.title}.</strong> {verdict.detail}
      </div>
      <p class="hint">{confidenceText[score.confidence]}</p>
    </section>
  );
}
