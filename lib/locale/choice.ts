/**
 * Which locale and currency a stored or typed choice names, checked against what this browser's Intl knows:
 * a tag or code it cannot format is refused with a message, never passed on to throw later.
 */
import { z } from '../zod';
import type { FormatChoice } from './formats';

function knownLocale(tag: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 && Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

/** ISO 4217 codes this browser can format; without the list (an older engine), any three capitals it accepts. */
export function knownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : undefined;
  if (listed) return listed.includes(code);
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

export const FormatChoiceSchema = z.strictObject({
  locale: z.string().max(35).refine(knownLocale, { message: 'is not a language and region this browser can format' }),
  currency: z.string().refine(knownCurrency, { message: 'is not an ISO 4217 currency code, such as EUR or GBP' }),
});

export type ParsedChoice = { ok: true; choice: FormatChoice } | { ok: false; errors: string[] };

export function parseFormatChoice(value: unknown): ParsedChoice {
  const result = FormatChoiceSchema.safeParse(value);
  if (result.success) return { ok: true, choice: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${issue.path[0] === 'locale' ? 'Number format' : 'Currency'} ${issue.message}.`),
  };
}

/** "eur", " gbp " → "EUR", "GBP": what a person types for a code. */
export function normaliseCurrencyCode(text: string): string {
  return text.trim().toUpperCase();
}
