import type { Score } from '../../lib/scoring';
import { confidenceSentence, verdictDetail, verdictTitleOf } from '../../lib/verdict-words';
import { percent } from '../ui/format';
import { ToConfirmList } from './ToConfirmList';

/** Overall readiness beside its coverage and confidence, and the verdict an auditor would likely give. */
export function ReadinessSummary({ score }: { score: Score }) {
  const tone = score.certainty === 'indicative' ? 'indicative' : score.verdict === 'not-ready' ? 'not-ready' : 'ready';
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
          <div class="hint">of requirements covered</div>
        </div>
      </div>
      <p class="hint" data-testid="confidence">
        {confidenceSentence(score.confidence)}
      </p>
      <div class={`verdict ${tone}`} data-testid="verdict">
        <strong>{verdictTitleOf(score)}.</strong> {verdictDetail(score.verdict, score.certainty)}
      </div>
      {score.certainty === 'indicative' && <ToConfirmList toConfirm={score.toConfirm} />}
    </section>
  );
}
