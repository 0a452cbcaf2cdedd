/**
 * The estimate input for an assessment: its headcount and chosen drivers, with its own readiness score as the
 * maturity unless a named band was chosen. The plan (lib/roadmap/plan.ts) estimates from it.
 */
import type { EstimateDrivers } from '../assessment';
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
