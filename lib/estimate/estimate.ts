/**
 * `estimate(input, assumptions?)`: the figures for one profile, each driver's share of the change, and the phases.
 */
import { AssumptionsSchema, defaultAssumptions, type Assumptions } from './assumptions';
import { attributeDrivers, type Driver } from './drivers';
import { EstimateInputSchema, type EstimateInput, type ResolvedEstimateInput } from './input';
import type { Formats } from '../locale/formats';
import type { Figures } from './model';
import { splitTimeline, type Phase } from './phases';
import type { z } from '../zod';

/** The model's figures (see `Figures` in lib/estimate/model.ts), with what produced them. */
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
 * throw rather than turn into NaN on screen. `formats` writes the drivers' words (the rate card's currency in
 * US formats when not given).
 */
export function estimate(input: EstimateInput, assumptions: Assumptions = defaultAssumptions, formats?: Formats): Estimate {
  const resolved = valid(EstimateInputSchema, input, 'estimate input');
  const model = assumptions === defaultAssumptions ? assumptions : valid(AssumptionsSchema, assumptions, 'assumptions');
  const { drivers, figures } = attributeDrivers(resolved, model, formats);
  return { input: resolved, ...figures, phases: splitTimeline(figures.months, model.timeline.phaseMonths), drivers };
}
