import { dateSpan } from '../../lib/exports/format';
import type { Estimate } from '../../lib/estimate';
import type { Roadmap } from '../../lib/roadmap';
import { weeksPerMonth } from '../../lib/schedule';
import { StageDates } from '../ui/StageDates';
import { useFormats } from '../ui/useFormats';
import { numberRange } from './money';

const weeks = (months: number) => Math.round(months * weeksPerMonth);

/**
 * The four phases of the plan on the calendar, each drawn where the roadmap puts it, and the weeks of Stage 1
 * and Stage 2: the same schedule as the roadmap and the summary.
 */
export function PhaseTimeline({ estimate, roadmap, kickoffSet }: { estimate: Estimate; roadmap: Roadmap; kickoffSet: boolean }) {
  const formats = useFormats();
  const total = Math.max(roadmap.weeks, 1);
  const rows = estimate.phases.map((phase) => {
    const steps = roadmap.steps.filter((step) => step.phase === phase.id);
    const first = steps.reduce((a, b) => (b.startWeek < a.startWeek ? b : a));
    const last = steps.reduce((a, b) => (b.endWeek > a.endWeek ? b : a));
    return { phase, first, last };
  });
  return (
    <section class="stack" aria-labelledby="timeline-title">
      <h3 id="timeline-title">Timeline: {numberRange(estimate.months, 'months')} from kickoff to Stage 2, from the work that remains</h3>
      <ol class="phases">
        {rows.map(({ phase, first, last }) => {
          const span = { low: weeks(phase.months.low), high: weeks(phase.months.high) };
          return (
            <li key={phase.id}>
              <span>
                {phase.title}{' '}
                <span class="hint">
                  ({span.high === 0 ? 'nothing left to do' : `${numberRange(span, 'weeks')}; ${dateSpan(first.startDate, last.endDate, formats)}`})
                </span>
              </span>
              <span class="phase-track" aria-hidden="true">
                <span
                  class="phase-bar"
                  style={{ marginLeft: `${(first.startWeek / total) * 100}%`, width: `${((last.endWeek - first.startWeek) / total) * 100}%` }}
                />
              </span>
            </li>
          );
        })}
      </ol>
      <StageDates roadmap={roadmap} />
      {!kickoffSet && <p class="hint">No kickoff date set: the dates count from today.</p>}
    </section>
  );
}
