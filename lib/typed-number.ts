/**
 * A number as a person types it into a form, read against the field's limits, with a message for each way it can
 * be wrong: nothing typed, not a number, negative, below the least, above the most, not whole. Each message says
 * what to type instead. "1,250" and "1 250" are one thousand two hundred and fifty; "12,5" and "12.5" are twelve
 * and a half (a comma before anything but a group of three digits can only be a decimal comma).
 */
export interface NumberRule {
  /** What the field holds, with its article, as it reads inside a sentence: "a day rate", "the idle time". */
  noun: string;
  min: number;
  max: number;
  /** Only whole numbers: people, seconds. */
  whole?: boolean;
  /** Written after a number in a message: "seconds", "%", "days". None for money. */
  unit?: string;
  /** A sensible value to show as an example. */
  example: number;
}

export type TypedNumberProblem = 'empty' | 'not-a-number' | 'negative' | 'too-small' | 'too-large' | 'not-whole';

export type TypedNumber = { ok: true; value: number } | { ok: false; problem: TypedNumberProblem; error: string };

const plain = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const commaOrSpaceThousands = /^[+-]?\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:\.\d+)?$/;
const decimalComma = /^[+-]?\d*,\d+$/;

/** The number the text spells, or NaN. */
export function readNumber(text: string): number {
  const typed = text.trim().replace(/\s*%$/, '');
  if (plain.test(typed)) return Number(typed);
  if (commaOrSpaceThousands.test(typed)) return Number(typed.replace(/[, \u00a0\u202f]/g, ''));
  if (decimalComma.test(typed)) return Number(typed.replace(',', '.'));
  return Number.NaN;
}

const shown = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 4 });
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function parseTypedNumber(text: string, rule: NumberRule): TypedNumber {
  const withUnit = (value: number) => `${shown(value)}${rule.unit === '%' ? '%' : rule.unit ? ` ${rule.unit}` : ''}`;
  const refuse = (problem: TypedNumberProblem, error: string): TypedNumber => ({ ok: false, problem, error });
  if (text.trim() === '') return refuse('empty', `Enter ${rule.noun}, for example ${withUnit(rule.example)}.`);
  const value = readNumber(text);
  if (!Number.isFinite(value)) {
    return refuse('not-a-number', `Type ${rule.noun} in digits, like ${shown(rule.example)}: “${text.trim().slice(0, 20)}” is not a number.`);
  }
  if (value < 0 && rule.min >= 0) return refuse('negative', `${capitalized(rule.noun)} cannot be negative: enter ${withUnit(rule.min)} or more.`);
  if (value < rule.min) return refuse('too-small', `Enter ${rule.noun} of at least ${withUnit(rule.min)}.`);
  if (value > rule.max) return refuse('too-large', `${withUnit(value)} is more than this allows: enter ${rule.noun} of at most ${withUnit(rule.max)}.`);
  if (rule.whole && !Number.isInteger(value)) return refuse('not-whole', `${capitalized(rule.noun)} must be a whole number, like ${shown(rule.example)}.`);
  return { ok: true, value };
}

/**
 * The one sentence a form's live region says when it refused what was typed. The details stand beside each field,
 * where a screen reader reads them with the field: said here too, they would be heard twice.
 */
export function needsAttention(fields: number, outcome = 'Not saved'): string {
  return `${outcome}: ${fields === 1 ? 'one field needs' : `${fields} fields need`} attention.`;
}
