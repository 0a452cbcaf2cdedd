/**
 * The estimate for a stored assessment: its headcount and chosen drivers, with its own readiness score as the
 * maturity unless a named band was chosen. Used by the estimate panel, the roadmap and the exports alike.
 */
import type { AssessmentRecord, EstimateDrivers } from '../assessment';
import type { Formats } from '../locale/formats';
import type { Assumptions } from './assumptions';
import { estimate, type Estimate } from './estimate';
import { parseEstimateInput, type EstimateInputResult } from './input';

export interface DriverText {
  employees: string;
  sites: string;
}

/** Checks the drivers as typed; readiness null (nothing answered yet) falls back to the moderate band. */
export function parseAssessmentDrivers(text: DriverText, drivers: EstimateDrivers, readiness: number | null): EstimateInputResult {
  return parseEstimateInput({
    employees: text.employees,
    sites: text.sites,
    maturity: drivers.maturity ?? readiness ?? 'moderate',
    scope: drivers.scope,
    certificationBody: drivers.certificationBody,
    approach: drivers.approach,
    grcTool: drivers.grcTool,
    soc2: drivers.soc2,
  });
}

/** The stored assessment's estimate; its stored drivers were valid when saved, and are checked again here. */
export function estimateAssessment(
  assessment: AssessmentRecord,
  readiness: number | null,
  assumptions: Assumptions,
  formats?: Formats,
): { ok: true; estimate: Estimate } | { ok: false; errors: string[] } {
  const drivers = assessment.drivers ?? {};
  const parsed = parseAssessmentDrivers(
    { employees: String(assessment.employees), sites: String(drivers.sites ?? 1) },
    drivers,
    readiness,
  );
  return parsed.ok ? { ok: true, estimate: estimate(parsed.input, assumptions, formats) } : parsed;
}
