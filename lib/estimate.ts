/**
 * Cost and timeline estimate (DESIGN §7, §10): `estimate(input, assumptions?)` reproduces the reference guide's
 * table for its mid-market profile and moves each figure with the drivers, saying how much each one moved it.
 * The pieces live beside this file: input and assumptions (the Zod borders), the model, the phases, the drivers.
 */
import { AssumptionsSchema, defaultAssumptions, type Assumptions } from './estimate-assumptions';
import { attributeDrivers, type Driver } from './estimate-drivers';
import { EstimateInputSchema, type EstimateInput, type ResolvedEstimateInput } from './estimate-input';
import type { Figures } from './estimate-model';
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

/** The model's figures (see `Figures` in lib/estimate-model.ts), with what produced them. */
export interface Estimate extends Figures {
  /** The input with every default filled in. */
  input: ResolvedEstimateInput;
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
