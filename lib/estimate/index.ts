/**
 * Cost and timeline estimate (DESIGN §7, §10): `estimate(input, assumptions?)` reproduces the reference guide's
 * table for its mid-market profile and moves each figure with the drivers, saying how much each one moved it.
 * This file is the family's front door; the pieces live beside it: input and assumptions (the Zod borders), the
 * model, the phases, the drivers, and the estimate of a stored assessment.
 */
export type { Range } from '../../data/cost-model';
export {
  AssumptionsSchema,
  assumptionIssues,
  defaultAssumptions,
  parseAssumptions,
  type Assumptions,
  type AssumptionIssue,
  type AssumptionsResult,
} from './assumptions';
export { placeAssumptionIssues, readAssumptionForm, ruleOfAssumption, type AssumptionForm, type PlacedIssues } from './assumption-form';
export { driverIds, maturityBandOf, type Driver, type DriverId } from './drivers';
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
} from './input';
export { sampledSites, tableAuditorDays, timingContextOf, type AuditorDays, type LineItem, type SitesVisited, type Timing, type TimingContext } from './model';
export type { Phase } from './phases';

export { estimate, type Estimate } from './estimate';
export { parseAssessmentDrivers, type DriverText } from './for-assessment';
export { conversionRateLimits, convertRateCard, isConversionRate, moneyPaths } from './convert';
