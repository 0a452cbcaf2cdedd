import type { Score } from '../../lib/scoring';
import { surveillanceOutlook, type CertificateStatus } from '../../lib/surveillance';
import { useFormats } from '../ui/useFormats';
import { certifiedDetail, certifiedTitle, lapsedNote } from './certified-text';
import { confidenceSentence, verdictDetail, verdictTitleOf } from '../../lib/verdict-words';
import { percent } from '../ui/format';
import { ToConfirmList } from './ToConfirmList';

/** Overall readiness beside its coverage and confidence, and the verdict an auditor would likely give. */
export function ReadinessSummary({ score, certificate = { kind: 'none' } }: { score: Score; certificate?: CertificateStatus }) {
  const formats = useFormats();
  const tone = score.certainty === 'indicative' ? 'indicative' : score.verdict === 'not-ready' ? 'not-ready' : 'ready';
  const outlook = certificate.kind === 'current' ? surveillanceOutlook(score.stage2Findings) : undefined;
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
      {certificate.kind === 'current' && outlook ? (
        // A certified organization is past Stage 1: what matters is the next audit of its cycle.
        <div class={`verdict ${outlook.major > 0 ? 'not-ready' : 'ready'}`} data-testid="verdict">
          <strong>{certifiedTitle(certificate, formats)}.</strong> {certifiedDetail(certificate, outlook, formats)}
        </div>
      ) : (
        <>
          {certificate.kind === 'lapsed' && (
            <p class="hint" data-testid="certificate-lapsed">
              {lapsedNote(certificate, formats)}
            </p>
          )}
          <div class={`verdict ${tone}`} data-testid="verdict">
            <strong>{verdictTitleOf(score)}.</strong> {verdictDetail(score.verdict, score.certainty)}
          </div>
          {score.certainty === 'indicative' && <ToConfirmList toConfirm={score.toConfirm} />}
        </>
      )}
    </section>
  );
}
