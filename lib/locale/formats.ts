/**
 * How money, numbers and calendar dates read, in the locale and currency chosen in Settings. Every surface and
 * every export formats through one `Formats`, so a German user sees "40.000–60.000 €" and "01.03.2027" on the
 * cost tab, in the report and in the Markdown alike.
 *
 * Calendar dates are days, not instants: they are built and shown in UTC so that no time zone moves them.
 */
import type { Range } from '../../data/cost-model';
import { defaultCurrency, defaultLocale } from '../../data/currencies';

export interface FormatChoice {
  /** A BCP 47 language tag, "de-DE". */
  locale: string;
  /** An ISO 4217 code, "EUR". */
  currency: string;
}

export const defaultFormatChoice: FormatChoice = { locale: defaultLocale, currency: defaultCurrency };

export interface Formats {
  readonly choice: FormatChoice;
  /** A whole amount of the chosen currency: "$40,000", "40.000 €". */
  money(value: number): string;
  /** "$15,000–$40,000"; one amount when both ends agree. */
  moneyRange(range: Range): string;
  /** Up to two decimals, grouped: "1,234.5", "1.234,5". */
  number(value: number): string;
  /** "12–14", "6,5–9" with the unit after: "months". */
  numberRange(range: Range, unit: string): string;
  /** A calendar day: "Mar 1, 2027", "01.03.2027", "1 Mar 2027". */
  day(date: Date): string;
  /** A month of a year, short enough for a timeline: "Mar 2027", "März 2027". */
  monthYear(date: Date): string;
  /** An instant in the reader's own time zone, to the minute: "Mar 1, 2027, 9:30 AM", "01.03.2027, 09:30". */
  moment(timestamp: number): string;
}

const made = new Map<string, Formats>();

/** The formats for a choice (made once per choice: Intl formatters are costly to build). */
export function formatsFor(choice: FormatChoice): Formats {
  const key = `${choice.locale}|${choice.currency}`;
  let formats = made.get(key);
  if (!formats) {
    formats = makeFormats(choice);
    made.set(key, formats);
  }
  return formats;
}

export const defaultFormats: Formats = formatsFor(defaultFormatChoice);

/** A value made the first time it is asked for: a page that shows no date builds no date formatter. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

function makeFormats(choice: FormatChoice): Formats {
  const { locale, currency } = choice;
  // Each formatter costs a page about a millisecond to build: built when first used, not when the page starts.
  const money = once(() => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }));
  const decimal = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  const day = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const monthYear = once(() => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const moment = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  return {
    choice: { locale, currency },
    money: (value) => money().format(value),
    moneyRange: (range) => (range.low === range.high ? money().format(range.low) : money().formatRange(range.low, range.high)),
    number: (value) => decimal().format(value),
    numberRange: (range, unit) =>
      `${range.low === range.high ? decimal().format(range.low) : decimal().formatRange(range.low, range.high)} ${unit}`,
    day: (date) => day().format(date),
    monthYear: (date) => monthYear().format(date),
    moment: (timestamp) => moment().format(timestamp),
  };
}
