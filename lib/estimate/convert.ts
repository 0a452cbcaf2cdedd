/**
 * Moving the rate card to another currency. The model's amounts are the rate card's money fields (day rates,
 * audit fees, tool and SOC 2 prices, all listed in data/assumption-fields.ts); converting multiplies each by the
 * rate the user gave and rounds to a whole unit. Shares, days, months and multipliers do not change, so every
 * cost in the estimate moves by the rate and every month stays where it was.
 */
import { assumptionGroups } from '../../data/assumption-fields';
import { getPath, setPath } from '../object-path';
import type { Assumptions } from './assumptions';

export const moneyPaths: readonly string[] = assumptionGroups.flatMap((group) =>
  group.fields.filter((field) => field.unit === 'money').map((field) => field.path),
);

/** A rate a person could mean: 1 of the old currency is worth `rate` of the new one. */
export const conversionRateLimits = { min: 0.000_001, max: 1_000_000 };

export function isConversionRate(rate: number): boolean {
  return Number.isFinite(rate) && rate >= conversionRateLimits.min && rate <= conversionRateLimits.max;
}

export function convertRateCard(assumptions: Assumptions, rate: number): Assumptions {
  if (!isConversionRate(rate)) {
    throw new RangeError(`Conversion rate out of range: ${rate}`);
  }
  return moneyPaths.reduce((converted, path) => {
    const value = getPath(converted, path);
    return typeof value === 'number' ? setPath(converted, path, Math.round(value * rate)) : converted;
  }, assumptions);
}
