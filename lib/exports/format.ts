/**
 * How figures read in every export (Markdown, CSV, the printable report), so they all say the same thing.
 * Money, numbers and dates go through the `Formats` of the locale and currency chosen in Settings, so the
 * report a German consultant sends says "40.000–120.000 €" as the cost tab does. Plain text only: each format
 * escapes the result its own way.
 */
import { dontKnow, maturityLevels, notApplicable } from '../../data/answer-scale';
import type { Range } from '../../data/cost-model';
import type { Formats } from '../locale/formats';
import type { ItemLevel } from '../verdict';

export function percent(share: number | null): string {
  return share === null ? 'not assessed' : `${Math.round(share * 100)} %`;
}

export function money(range: Range, formats: Formats): string {
  return formats.moneyRange(range);
}

export function number(value: number, formats: Formats): string {
  return formats.number(value);
}

export function monthRange(range: Range, formats: Formats): string {
  return formats.numberRange(range, 'months');
}

export function monthSpan(startMonth: number, endMonth: number, formats: Formats): string {
  return formats.numberRange({ low: startMonth, high: endMonth }, '').trimEnd();
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

/** A timestamp as its calendar day in UTC, "2025-03-14": for files that machines read (CSV, workbook). */
export function isoDay(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}
