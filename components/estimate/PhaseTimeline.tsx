import { addMonths, parseIsoDate } from '../../lib/calendar';
import type { Estimate } from '../../lib/estimate';
import { useFormats } from '../ui/useFormats';
import { numberRange } from './money';

/**
 * The four phases one after another, each drawn from its earliest start to its latest end, and Stage 1 and
 * Stage 2 on the calendar when a kickoff date is set.
 */
export function PhaseTimeline({ estimate, startDate }: { estimate: Estimate; startDate?: string }) {
  const total = estimate.months.high;
  const kickoff = startDate ? parseIsoDate(startDate) : undefined;
  const formats = useFormats();
  let low = 0;
  let high = 0;
  const rows = estimate.phases.map((phase) => {
    const row = { phase, startLow: low, endHigh: high + phase.months.high };
    low += phase.months.low;
    high += phase.months.high;
    return row;
  });
  const audits = rows.at(-1)!;
  const when = (months: number) => (kickoff ? formats.monthYear(addMonths(kickoff, months)) : `month ${months}`);
  return (
    <section class="stack" aria-labelledby="timeline-title">
      <h3 id="timeline-title">Timeline: {numberRange(estimate.months, 'months')} from kickoff to Stage 2</h3>
      <ol class="phases">
        {rows.map(({ phase, startLow, endHigh }) => (
          <li key={phase.id}>
            <span>
              {phase.title} <span class="hint">({numberRange(phase.months, 'months')})</span>
            </span>
            <span class="phase-track" aria-hidden="true">
              <span
                class="phase-bar"
                style={{ marginLeft: `${(startLow / total) * 100}%`, width: `${((endHigh - startLow) / total) * 100}%` }}
              />
            </span>
          </li>
        ))}
      </ol>
      <p data-testid="stage-dates">
        Stage 1 audit: {when(audits.startLow)} to {when(audits.endHigh - audits.phase.months.high)}. Stage 2 completed: {when(estimate.months.low)}{' '}
        to {when(estimate.months.high)}.
      </p>
      {!kickoff && <p class="hint">Set a kickoff date to see these on the calendar.</p>}
    </section>
  );
}
