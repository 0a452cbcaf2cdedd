import { useSignal } from '@preact/signals';
import { parseAssessmentDrivers } from '../../lib/estimate';
import { itemAnswers } from '../../lib/questionnaire';
import { kickoffOf, planAssessment } from '../../lib/roadmap';
import { certificateStatus } from '../../lib/surveillance';
import { CycleCosts } from './CycleCosts';
import { DriverEffects } from './DriverEffects';
import { DriverForm, type DriverFormValues } from './DriverForm';
import { EstimateFigures } from './EstimateFigures';
import { PhaseTimeline } from './PhaseTimeline';
import { useAssumptions } from '../settings/useAssumptions';
import { useFormats } from '../ui/useFormats';
import { useWorkspace } from '../workspace/WorkspaceContext';

/** Cost and timeline for the current assessment, prefilled from it, every driver editable. */
export function EstimatePanel() {
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

  return (
    <div class="estimate stack">
      <h2>Cost and timeline</h2>
      <div class="estimate-layout">
        <DriverForm values={values.value} readiness={readiness} onChange={change} />
        <div class="stack">
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
          {result && (
            <>
              {certificate.kind === 'current' ? (
                <CycleCosts estimate={result} certificate={certificate} />
              ) : (
                <>
                  <EstimateFigures estimate={result} />
                  <PhaseTimeline estimate={result} roadmap={plan!.roadmap} kickoffSet={Boolean(values.value.drivers.startDate)} />
                </>
              )}
              <DriverEffects estimate={result} />
              <p class="hint">
                {assumptions.customised.value ? 'Using your own rates and assumptions from Settings.' : "Using our default rates; a consultant's own day rates can replace them in Settings."}{' '}
                Figures in USD, rounded to $500. Internal staff costs often match or exceed the external fees.
              </p>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
