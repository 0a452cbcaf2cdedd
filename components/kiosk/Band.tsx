import { assumedEmployees, visitorSizes, type VisitBand } from '../../lib/kiosk';
import { moneyRange, numberRange } from '../estimate/money';

interface Props {
  band?: VisitBand;
  employees?: number;
  onSize: (employees: number) => void;
}

/** The rough cost and timeline for the visitor's readiness, refined by a tap on their organization's size. */
export function KioskBand({ band, employees, onSize }: Props) {
  return (
    <section class="card stack" aria-labelledby="kiosk-band">
      <h2 id="kiosk-band">Rough cost and timeline</h2>
      {band ? (
        <p data-testid="kiosk-band">
          About <strong>{moneyRange(band.initial)}</strong> in outside fees and <strong>{numberRange(band.months, 'months')}</strong>{' '}
          from kickoff to certificate.
        </p>
      ) : (
        <p>Answer at least one question with a level to see a cost and timeline.</p>
      )}
      <div class="kiosk-sizes" role="group" aria-label="How many people work in your organization?">
        <p class="hint">
          {employees === undefined
            ? `Assuming about ${assumedEmployees} people. How many work in your organization?`
            : 'How many people work in your organization?'}
        </p>
        {visitorSizes.map((size) => (
          <button
            type="button"
            key={size.employees}
            aria-pressed={employees === size.employees}
            onClick={() => onSize(size.employees)}
          >
            {size.label}
          </button>
        ))}
      </div>
      <p class="hint">
        Consulting, implementation support and the certification audit, from published market figures. Your own staff time
        comes on top.
      </p>
    </section>
  );
}
