import { useSignal } from '@preact/signals';
import { parseAssessmentDrivers } from '../../lib/estimate';
import { estimate } from '../../lib/estimate';
import { parseHeadcount } from '../../lib/headcount';
import { DriverEffects } from './DriverEffects';
import { DriverForm, type DriverFormValues } from './DriverForm';
import { EstimateFigures } from './EstimateFigures';
import { moneyRange, numberRange } from './money';
import { PhaseTimeline } from './PhaseTimeline';
import { useAssumptions } from '../settings/useAssumptions';
import { useWorkspace } from '../workspace/WorkspaceContext';

interface Props {
  /**
   * Beside a call (the side panel): fees, months and dates come first and the drivers wait below, folded,
   * until asked for. They open by themselves when one of them needs fixing.
   */
  figuresFirst?: boolean;
}

/** Cost and timeline for the current assessment, prefilled from it, every driver editable. */
export function EstimatePanel({ figuresFirst = false }: Props) {
  const workspace = useWorkspace();
  const assessment = workspace.current.value!;
  const assumptions = useAssumptions();
  const values = useSignal<DriverFormValues>({
    employees: String(assessment.employees),
    sites: String(assessment.drivers?.sites ?? 1),
    drivers: assessment.drivers ?? {},
  });
  const readiness = workspace.score.value?.overall ?? null;
  const parsed = parseAssessmentDrivers(values.value, values.value.drivers, readiness);
  const result = parsed.ok ? estimate(parsed.input, assumptions.assumptions.value) : undefined;
  const typedHeadcount = parseHeadcount(values.value.employees);
  const headcountError = typedHeadcount.ok ? undefined : typedHeadcount.error;

  function change(next: DriverFormValues) {
    values.value = next;
    const check = parseAssessmentDrivers(next, next.drivers, readiness);
    // Only values that pass are kept with the assessment: a half-typed number never overwrites a good one.
    if (check.ok) {
      void workspace.update(assessment.id, {
        employees: check.input.employees,
        drivers: { ...next.drivers, sites: check.input.sites },
      });
    }
  }

  const problems = (
    <>
      {!parsed.ok && (
        <div role="alert" class="error">
          <p>Check these and the estimate comes back:</p>
          <ul>
            {parsed.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {assumptions.problem.value && <p role="alert" class="error">{assumptions.problem.value}</p>}
    </>
  );
  const basis = (
    <p class="hint">
      {assumptions.customised.value ? 'Using your own rates and assumptions from Settings.' : "Using our default rates; a consultant's own day rates can replace them in Settings."}{' '}
      Figures in USD, rounded to $500. Internal staff costs often match or exceed the external fees.
    </p>
  );

  if (figuresFirst) {
    return (
      <div class="estimate stack">
        <h2>Cost and timeline</h2>
        {problems}
        {result && (
          <>
            <p class="estimate-lead" data-testid="estimate-lead">
              <strong>{moneyRange(result.initial)}</strong> in external fees, <strong>{numberRange(result.months, 'months')}</strong> from
              kickoff to Stage 2.
            </p>
            <EstimateFigures estimate={result} />
            <PhaseTimeline estimate={result} startDate={values.value.drivers.startDate} />
          </>
        )}
        <details class="drivers-fold" open={!parsed.ok || undefined}>
          <summary>Change the drivers</summary>
          <div class="stack">
            <DriverForm values={values.value} headcountError={headcountError} readiness={readiness} onChange={change} />
            {result && <DriverEffects estimate={result} />}
          </div>
        </details>
        {result && basis}
      </div>
    );
  }

  return (
    <div class="estimate stack">
      <h2>Cost and timeline</h2>
      <div class="estimate-layout">
        <DriverForm values={values.value} headcountError={headcountError} readiness={readiness} onChange={change} />
        <div class="stack">
          {problems}
          {result && (
            <>
              <EstimateFigures estimate={result} />
              <PhaseTimeline estimate={result} startDate={values.value.drivers.startDate} />
              <DriverEffects estimate={result} />
              {basis}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
