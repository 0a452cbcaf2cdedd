import type { Brand } from '../../lib/brand';
import type { Summary } from '../../lib/exports/summary';
import { gradingCaveat } from '../../lib/findings';
import { formatsFor } from '../../lib/locale/formats';
import { EstimateProblem } from '../estimate/EstimateProblem';
import { BrandMark } from '../ui/BrandMark';
import { percent } from '../ui/format';
import { useBrand } from '../ui/useBrand';
import { useAssessmentReport } from './useAssessmentReport';

/**
 * The one-page summary a sales rep sends after the call, in plain language. Print prints this alone: the
 * print rules in theme.css hide everything outside `.print-area`.
 */
export function SummaryPage() {
  const report = useAssessmentReport().value;
  const brand = useBrand().brand.value;
  if (!report.planned) return <EstimateProblem errors={report.estimateErrors} what="the summary" />;
  const { summary } = report.planned;
  return (
    <div class="stack">
      <div class="spread">
        <p class="hint">One page to send after the call. Print it, or save it as a PDF from the print dialog.</p>
        <button type="button" class="primary" onClick={() => window.print()}>
          Print the summary
        </button>
      </div>
      <SummarySheet summary={summary} brand={brand} />
    </div>
  );
}

function SummarySheet({ summary, brand }: { summary: Summary; brand: Brand }) {
  const { readiness, verdict } = summary;
  return (
    <article class="print-area summary-sheet stack" aria-labelledby="summary-title">
      <BrandMark brand={brand} withContact />
      <header>
        <h2 id="summary-title">ISO/IEC 27001 readiness: {summary.organization}</h2>
        <p class="hint">
          {summary.sector} · {formatsFor(summary.formats).number(summary.employees)} people · {summary.depth} assessment · {summary.assessedOn}
        </p>
      </header>
      <section class={`verdict ${summary.certainty.level === 'indicative' ? 'indicative' : verdict.id === 'not-ready' ? 'not-ready' : 'ready'}`} data-testid="summary-verdict">
        <h3>{verdict.headline}</h3>
        <p>{verdict.sentence}</p>
        <p class="hint">{summary.confidence.sentence}</p>
        <p class="hint">{summary.certainty.sentence}</p>
      </section>
      <section aria-labelledby="summary-readiness">
        <h3 id="summary-readiness">Readiness by clause and theme</h3>
        <table class="data compact">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col" class="number">
                Readiness
              </th>
              <th scope="col" class="number">
                Covered
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Overall</th>
              <td class="number">
                <strong>{percent(readiness.overall)}</strong>
              </td>
              <td class="number">{percent(readiness.coverage)}</td>
            </tr>
            {readiness.groups.map((group) => (
              <tr key={group.id}>
                <th scope="row">
                  {group.kind === 'clause' ? `Clause ${group.id}` : group.id} {group.title}
                </th>
                <td class="number">{percent(group.score)}</td>
                <td class="number">{percent(group.coverage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="summary-gaps">
        <h3 id="summary-gaps">Top five gaps</h3>
        {summary.topGaps.length === 0 ? (
          <p>No gaps: every item is at its target level.</p>
        ) : (
          <>
            <ol class="findings">
              {summary.topGaps.map((gap) => (
                <li key={gap.itemId}>
                  <strong>{gap.title}</strong> ({gap.itemId}, {gap.status}): {gap.why}
                </li>
              ))}
            </ol>
            <p class="hint">{gradingCaveat}</p>
          </>
        )}
      </section>
      <section aria-labelledby="summary-cost">
        <h3 id="summary-cost">Cost and timeline</h3>
        <ul class="findings">
          {summary.cost.sentences.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="summary-next">
        <h3 id="summary-next">Next three steps</h3>
        <ol class="findings">
          {summary.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <p class="hint">Prepared from a self-assessment. Not an audit opinion: costs and dates are estimates.</p>
      {brand.disclaimer && <p class="hint brand-disclaimer">{brand.disclaimer}</p>}
    </article>
  );
}
