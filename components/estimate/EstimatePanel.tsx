import { useSignal } from '@preact/signals';
import { maxSites, parseAssessmentDrivers } from '../../lib/estimate';
import { parseHeadcount } from '../../lib/headcount';
import { parseTypedNumber } from '../../lib/typed-number';
import { itemAnswers } from '../../lib/questionnaire';
import { kickoffOf, planAssessment } from '../../lib/roadmap';
import { certificateStatus } from '../../lib/surveillance';
import { CycleCosts } from './CycleCosts';
import { DriverEffects } from './DriverEffects';
import { DriverForm, type DriverErrors, type DriverFormValues } from './DriverForm';
import { EstimateFigures } from './EstimateFigures';
import { moneyRange, numberRange } from './money';
import { PhaseTimeline } from './PhaseTimeline';
import { useAssumptions } from '../settings/useAssumptions';
import { useFormats } from '../ui/useFormats';
import { useWorkspace } from '../workspace/WorkspaceContext';

const siteRule = { noun: 'a number of sites', min: 1, max: maxSites, whole: true, example: 1 };
const fieldNames = { employees: 'Headcount', sites: 'Sites in scope' } as const;

/** The panel's live region while the estimate waits for a fix: which fields, not what is wrong with them. */
function waitingFor(errors: DriverErrors): string {
  const names = (Object.keys(errors) as Array<keyof DriverErrors>).map((field) => fieldNames[field]);
  return `Check ${names.join(' and ')}: the estimate comes back once ${names.length === 1 ? 'it is' : 'they are'} fixed.`;
}

/** Why each typed number cannot be used; blank sites means one site. */
function driverErrors(values: DriverFormValues): DriverErrors {
  const headcount = parseHeadcount(values.employees);
  const sites = values.sites.trim() === '' ? undefined : parseTypedNumber(values.sites, siteRule);
  return {
    ...(headcount.ok ? {} : { employees: headcount.error }),
    ...(sites && !sites.ok ? { sites: sites.error } : {}),
  };
}

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
  const formats = useFormats();
  const values = useSignal<DriverFormValues>({
    employees: String(assessment.employees),
    sites: String(assessment.drivers?.sites ?? 1),
    drivers: assessment.drivers ?? {},
  });
  const readiness = workspace.score.value?.overall ?? null;
  const parsed = parseAssessmentDrivers(values.value, values.value.drivers, readiness);
  // The same plan as the roadmap and the summary, from the drivers as typed: Stage 1 and Stage 2 agree everywhere.
  const plan = parsed.ok
    ? planAssessment({
        catalog: workspace.catalog.value!,
        answers: itemAnswers(workspace.resolved.value),
        score: workspace.score.value!,
        input: parsed.input,
        assumptions: assumptions.assumptions.value,
        kickoff: kickoffOf(values.value.drivers.startDate),
        formats,
      })
    : undefined;
  const result = plan?.estimate;
  const certificate = certificateStatus(assessment.intake, new Date());
  const errors = driverErrors(values.value);
  const fieldsToFix = Object.keys(errors).length;

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
      {fieldsToFix > 0 && (
        <p role="alert" class="error">
          {waitingFor(errors)}
        </p>
      )}
      {!parsed.ok && fieldsToFix === 0 && (
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
      Figures in {formats.choice.currency}, rounded. Internal staff costs often match or exceed the external fees.
    </p>
  );

  const timeline = plan && (
    <PhaseTimeline estimate={plan.estimate} roadmap={plan.roadmap} kickoffSet={Boolean(values.value.drivers.startDate)} />
  );

  if (figuresFirst) {
    return (
      <div class="estimate stack">
        <h2>Cost and timeline</h2>
        {problems}
        {result && (
          <>
            {certificate.kind === 'current' ? (
              <CycleCosts estimate={result} certificate={certificate} />
            ) : (
              <>
                <p class="estimate-lead" data-testid="estimate-lead">
                  <strong>{moneyRange(result.initial)}</strong> in external fees, <strong>{numberRange(result.months, 'months')}</strong> from
                  kickoff to Stage 2.
                </p>
                <EstimateFigures estimate={result} />
                {timeline}
              </>
            )}
          </>
        )}
        <details class="drivers-fold" open={!parsed.ok || undefined}>
          <summary>Change the drivers</summary>
          <div class="stack">
            <DriverForm values={values.value} errors={errors} readiness={readiness} onChange={change} />
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
        <DriverForm values={values.value} errors={errors} readiness={readiness} onChange={change} />
        <div class="stack">
          {problems}
          {result && (
            <>
              {certificate.kind === 'current' ? (
                <CycleCosts estimate={result} certificate={certificate} />
              ) : (
                <>
                  <EstimateFigures estimate={result} />
                  {timeline}
                </>
              )}
              <DriverEffects estimate={result} />
              {basis}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
