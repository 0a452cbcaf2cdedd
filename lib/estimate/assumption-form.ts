/**
 * The rate card as a form: each field's text read against its limits, the typed figures set into a copy of the
 * assumptions, and the schema's refusals placed beside the field they concern in plain words. Shares are typed
 * as percentages and stored as 0–1.
 */
import type { AssumptionField } from '../../data/assumption-fields';
import { getPath, setPath } from '../object-path';
import { parseTypedNumber, type NumberRule } from '../typed-number';
import type { Assumptions, AssumptionIssue } from './assumptions';

type Unit = AssumptionField['unit'];

const unitRules: Record<Unit, Omit<NumberRule, 'example'>> = {
  money: { noun: 'an amount', min: 0, max: 1_000_000_000 },
  days: { noun: 'a number of days', min: 0, max: 10_000, unit: 'days' },
  share: { noun: 'a share', min: 0, max: 100, unit: '%' },
  times: { noun: 'a multiplier', min: 0.01, max: 10 },
  months: { noun: 'a number of months', min: 0, max: 60, unit: 'months' },
};

/** Shares are shown as percentages; everything else as stored. */
export const shownValue = (field: AssumptionField, stored: number) => (field.unit === 'share' ? Math.round(stored * 10_000) / 100 : stored);

export function ruleOfAssumption(field: AssumptionField, example: number): NumberRule {
  const rule = unitRules[field.unit];
  return { ...rule, noun: field.noun ?? rule.noun, min: field.min ?? rule.min, max: field.max ?? rule.max, example };
}

export type AssumptionForm = { ok: true; candidate: Assumptions } | { ok: false; errors: Record<string, string> };

/**
 * The assumptions with every typed field set in, or a message for each field whose text cannot be used. Numbers
 * are read the way `locale` writes them ("1.200" is 1200 in de-DE).
 */
export function readAssumptionForm(
  base: Assumptions,
  typed: Readonly<Record<string, string>>,
  fields: readonly AssumptionField[],
  locale = 'en-US',
): AssumptionForm {
  const errors: Record<string, string> = {};
  let candidate = base;
  for (const field of fields) {
    const text = typed[field.path];
    if (text === undefined) continue;
    const stored = getPath(base, field.path);
    const example = typeof stored === 'number' ? shownValue(field, stored) : 1;
    const parsed = parseTypedNumber(text, ruleOfAssumption(field, example), locale);
    if (!parsed.ok) errors[field.path] = parsed.error;
    else candidate = setPath(candidate, field.path, field.unit === 'share' ? parsed.value / 100 : parsed.value);
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, candidate };
}

/** The schema's rules that span fields, in words a person can act on, keyed by the schema's message. */
const plainWords: Record<string, string> = {
  'low must not exceed high': 'The low figure is above the high one: make it the same or lower.',
  'a budget body must not cost more than a standard one, nor a standard one more than a premium one':
    "A smaller body's multiplier must not be above a premium body's: lower this one or raise the premium one.",
};

export interface PlacedIssues {
  /** Messages to show beside a field, keyed by the field's path. */
  byField: Record<string, string>;
  /** Problems with figures the form does not show, each naming what it concerns without an internal path. */
  general: string[];
}

/** Places each refusal beside the first field it concerns: a range's problem beside its low figure. */
export function placeAssumptionIssues(issues: readonly AssumptionIssue[], fields: readonly AssumptionField[]): PlacedIssues {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const words = plainWords[issue.message] ?? `${issue.message.charAt(0).toUpperCase()}${issue.message.slice(1)}.`;
    const field = fields.find((candidate) => candidate.path === issue.path || candidate.path.startsWith(`${issue.path}.`));
    if (field && issue.path !== '') byField[field.path] ??= words;
    else general.push(`A figure this form does not show ${issue.message}: reset to the defaults to start again.`);
  }
  return { byField, general: [...new Set(general)] };
}
