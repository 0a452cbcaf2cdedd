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

/** A space or an apostrophe (Switzerland) before three digits only ever groups thousands. */
const groupingSpace = /[ \u00a0\u202f'’](?=\d{3}(?:\D|$))/g;

const groupSeparators = new Map<string, string>();

/** The character the locale writes between thousands: "," in en-US, "." in de-DE (asked of Intl once per locale). */
function groupSeparatorOf(locale: string): string {
  let separator = groupSeparators.get(locale);
  if (separator === undefined) {
    separator = new Intl.NumberFormat(locale).formatToParts(12345).find(({ type }) => type === 'group')?.value ?? ',';
    groupSeparators.set(locale, separator);
  }
  return separator;
}

const isGrouped = (integer: string, separator: string) => new RegExp(`^[1-9]\\d{0,2}(?:\\${separator}\\d{3})+$`).test(integer);

/** "1,250.5" → "1250.5" for a locale grouping with `group`; undefined when the separators make no number. */
function plainDigits(body: string, group: string): string | undefined {
  const separators = body.match(/[.,]/g) ?? [];
  if (separators.length === 0) return body;
  const last = separators.at(-1)!;
  const lastAt = body.lastIndexOf(last);
  const [integer, fraction] = [body.slice(0, lastAt), body.slice(lastAt + 1)];
  if (separators.every((separator) => separator === last)) {
    // Repeated, it groups thousands. Alone, it is a decimal point unless three digits follow it and the locale
    // groups with it: "1.200" is 1200 in de-DE and 1.2 in en-US.
    if (separators.length > 1) return isGrouped(body, last) ? body.split(last).join('') : undefined;
    const thousands = fraction.length === 3 && last === group && /^[1-9]\d{0,2}$/.test(integer);
    if (thousands) return `${integer}${fraction}`;
    return fraction === '' ? undefined : `${integer || '0'}.${fraction}`;
  }
  // Both: the last is the decimal point, and the other groups thousands before it.
  const other = last === '.' ? ',' : '.';
  if (fraction === '' || body.indexOf(last) !== lastAt) return undefined;
  return isGrouped(integer, other) ? `${integer.split(other).join('')}.${fraction}` : undefined;
}

/** The number the text spells, or NaN, read the way the page's locale writes numbers. */
export function readNumber(text: string, locale = 'en-US'): number {
  const typed = text.trim().replace(/\s*%$/, '').replace(groupingSpace, '');
  const match = /^([+-]?)([\d.,]*\d[\d.,]*)$/.exec(typed);
  if (!match) return Number.NaN;
  const digits = plainDigits(match[2]!, groupSeparatorOf(locale));
  return digits === undefined ? Number.NaN : Number(`${match[1]}${digits}`);
}

const shown = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 4 });
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function parseTypedNumber(text: string, rule: NumberRule, locale = 'en-US'): TypedNumber {
  const withUnit = (value: number) => `${shown(value)}${rule.unit === '%' ? '%' : rule.unit ? ` ${rule.unit}` : ''}`;
  const refuse = (problem: TypedNumberProblem, error: string): TypedNumber => ({ ok: false, problem, error });
  if (text.trim() === '') return refuse('empty', `Enter ${rule.noun}, for example ${withUnit(rule.example)}.`);
  const value = readNumber(text, locale);
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
