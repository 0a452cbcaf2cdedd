/**
 * How figures read in every export (Markdown, CSV, the printable report), so they all say the same thing.
 * Plain text only: each format escapes the result its own way.
 */
import { dontKnow, maturityLevels, notApplicable } from '../../data/answer-scale';
import type { Range } from '../../data/cost-model';
import type { ItemLevel } from '../verdict';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function percent(share: number | null): string {
  return share === null ? 'not assessed' : `${Math.round(share * 100)} %`;
}

export function money(range: Range): string {
  return range.low === range.high ? usd.format(range.low) : `${usd.format(range.low)}–${usd.format(range.high)}`;
}

export function number(value: number): string {
  return decimal.format(value);
}

export function monthRange(range: Range): string {
  return range.low === range.high ? `${number(range.low)} months` : `${number(range.low)}–${number(range.high)} months`;
}

export function monthSpan(startMonth: number, endMonth: number): string {
  return `${number(startMonth)}–${number(endMonth)}`;
}

/** A span of roadmap months in the weeks a reader plans by: "week 1", "weeks 3–6". */
export function weekSpan(startMonth: number, endMonth: number): string {
  const weeksPerMonth = 52 / 12;
  const first = Math.floor(startMonth * weeksPerMonth) + 1;
  const last = Math.max(first, Math.ceil(endMonth * weeksPerMonth));
  return first === last ? `week ${first}` : `weeks ${first}–${last}`;
}

/** A level as the answer scale names it ("Implemented"), or what is known instead. */
export function levelWords(level: ItemLevel): string {
  if (level === 'na') return notApplicable.label;
  if (level === 'dont-know') return dontKnow.label;
  if (level === 'unanswered') return 'Not assessed';
  return `${level} ${maturityLevels[level].label}`;
}

/** A timestamp as its calendar day in UTC, "2025-03-14". */
export function isoDay(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}
