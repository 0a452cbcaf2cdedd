import { maturityLevels } from '../../data/answer-scale';
import type { Level } from '../../lib/answers';
import type { VisitBand, VisitSummary } from '../../lib/kiosk';
import { KioskBand } from './Band';
import { KioskHeading } from './Heading';
import { percent } from '../ui/format';
import { visitorVerdictDetail, visitorVerdictTitle } from '../../lib/kiosk';
import { coverageWords } from '../../lib/verdict-words';

interface Props {
  summary: VisitSummary;
  band?: VisitBand;
  employees?: number;
  /** Offered only when an operator PIN protects what is kept. */
  canKeep: boolean;
  onSize: (employees: number) => void;
  onKeep: () => void;
  onDone: () => void;
  onBack: () => void;
}

function levelWords(level: Level): string {
  if (level === 'dont-know') return 'not sure';
  if (level === 'na') return 'not applicable';
  return maturityLevels[level].label.toLowerCase();
}

/** Readiness beside its coverage, the auditor's likely verdict, where to start, and a rough cost and timeline. */
export function KioskResult({ summary, band, employees, canKeep, onSize, onKeep, onDone, onBack }: Props) {
  const indicative = summary.certainty === 'indicative';
  const tone = indicative ? 'indicative' : summary.verdict === 'not-ready' ? 'not-ready' : 'ready';
  return (
    <main class="kiosk-page kiosk-result">
      <KioskHeading>Your readiness</KioskHeading>
      <div class="kiosk-result-grid">
        <section class="card stack" aria-labelledby="kiosk-score">
          <h2 id="kiosk-score">Readiness</h2>
          <p class="big-number" data-testid="kiosk-readiness">
            {percent(summary.overall)}
          </p>
          <p data-testid="kiosk-coverage">
            {coverageWords(summary.coverage)} · confidence {summary.confidence}
          </p>
          <div class={`verdict ${tone}`}>
            <strong data-testid="kiosk-verdict">{visitorVerdictTitle(summary.verdict, summary.certainty)}</strong>
            <p>{visitorVerdictDetail(summary.verdict, summary.certainty)}</p>
            {indicative && (
              <p>
                A short scan gives a first view. A full assessment would look at each of the {summary.toConfirm} points this
                rests on, and at the security measures the scan leaves out.
              </p>
            )}
          </div>
        </section>
        <section class="card stack" aria-labelledby="kiosk-gaps">
          <h2 id="kiosk-gaps">Where to start</h2>
          {summary.topGaps.length > 0 ? (
            <ol class="findings">
              {summary.topGaps.map((gap) => (
                <li key={gap.questionId}>
                  <strong>{gap.title}</strong> — you said: {levelWords(gap.level)}
                </li>
              ))}
            </ol>
          ) : (
            <p>No weak spots in what you told us. An auditor would still look at the controls this short scan leaves out.</p>
          )}
        </section>
        <KioskBand band={band} employees={employees} onSize={onSize} />
      </div>
      <nav class="kiosk-nav" aria-label="What next">
        <button type="button" onClick={onBack}>
          ← Change answers
        </button>
        {canKeep && (
          <button type="button" class="primary" onClick={onKeep}>
            Keep my results
          </button>
        )}
        <button type="button" class={canKeep ? undefined : 'primary'} onClick={onDone}>
          Finish and clear
        </button>
      </nav>
    </main>
  );
}
