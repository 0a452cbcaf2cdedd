/**
 * Cost and timeline estimate (DESIGN §7, §10): `estimate(input, assumptions?)` reproduces the reference guide's
 * table for its mid-market profile and moves each figure with the drivers, saying how much each one moved it.
 * The pieces live beside this file: input and assumptions (the Zod borders), the model, the phases, the drivers.
 */
import type { Range } from '../data/cost-model';
import { AssumptionsSchema, defaultAssumptions, type Assumptions } from './estimate-assumptions';
import { attributeDrivers, type Driver } from './estimate-drivers';
import { EstimateInputSchema, type EstimateInput, type ResolvedEstimateInput } from './estimate-input';
import type { AuditorDays, LineItem } from './estimate-model';
import { splitTimeline, type Phase } from './estimate-phases';
import type { z } from './zod';

export type { Range } from '../data/cost-model';
export {
  AssumptionsSchema,
  defaultAssumptions,
  parseAssumptions,
  type Assumptions,
  type AssumptionsResult,
} from './estimate-assumptions';
export { driverIds, maturityBandOf, type Driver, type DriverId } from './estimate-drivers';
export {
  EstimateInputSchema,
  maxEmployees,
  maxSites,
  parseEstimateInput,
  referenceProfile,
  type EstimateInput,
  type EstimateInputResult,
  type MaturityInput,
  type ResolvedEstimateInput,
} from './estimate-input';
export { tableAuditorDays, type AuditorDays, type LineItem } from './estimate-model';
export type { Phase } from './estimate-phases';

export interface Estimate {
  /** The input with every default filled in. */
  input: ResolvedEstimateInput;
  auditorDays: AuditorDays;
  /** The guide's five line items first, then the GRC tool and SOC 2 when chosen. USD, rounded to $500. */
  lineItems: LineItem[];
  /** Gap analysis + implementation support + certification audit. */
  initial: Range;
  /** Staff person-days and their cost in the first year. */
  internalDays: Range;
  internalCost: Range;
  /** Staff person-days and their cost in each of years 2 and 3. */
  ongoingInternalDays: Range;
  ongoingInternalCost: Range;
  /** Every line item paid in year 1 + first-year staff cost. */
  firstYear: Range;
  /** The three-year certificate cycle: year-1 costs, two surveillance audits, recertification at the end of
   * year 3, three years of tool and SOC 2 audits, and staff time for all three years. Consulting after
   * certification is not included. */
  threeYear: Range;
  /** Kickoff to Stage 2 completion, in half months. */
  months: Range;
  /** The guide's four phases, fitted to add up exactly to `months`. */
  phases: Phase[];
  /** Every driver, in the order its step is counted; their changes add up to this estimate minus the guide's. */
  drivers: Driver[];
}

function valid<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new RangeError(`Invalid ${what}: ${result.error.issues.map((issue) => issue.message).join('; ')}`);
}

/**
 * The estimate for valid input (check form values with `parseEstimateInput` first). Invalid input or assumptions
 * throw rather than turn into NaN on screen.
 */
export function estimate(input: EstimateInput, assumptions: Assumptions = defaultAssumptions): Estimate {
  const resolved = valid(EstimateInputSchema, input, 'estimate input');
  const model = assumptions === defaultAssumptions ? assumptions : valid(AssumptionsSchema, assumptions, 'assumptions');
  const { drivers, figures } = attributeDrivers(resolved, model);
  return { input: resolved, ...figures, phases: splitTimeline(figures.months, model.timeline.phaseMonths), drivers };
}
