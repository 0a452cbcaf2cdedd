/**
 * The currencies and number formats offered in Settings. The estimate's own figures are the guide's, in US
 * dollars; any other currency holds the user's own figures or the defaults converted at a rate they gave.
 * Any other ISO 4217 code the browser knows can be typed in as well.
 */
export const defaultCurrency = 'USD';
export const defaultLocale = 'en-US';

/** Offered first, in this order; names come from the browser (Intl.DisplayNames) in the chosen language. */
export const commonCurrencies = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'INR', 'SEK', 'NOK', 'DKK', 'PLN', 'SGD', 'NZD'] as const;

export interface LocaleChoice {
  tag: string;
  /** How the choice reads in the list, with a sample of what changes. */
  label: string;
}

export const localeChoices: readonly LocaleChoice[] = [
  { tag: 'en-US', label: 'English (United States)' },
  { tag: 'en-GB', label: 'English (United Kingdom)' },
  { tag: 'en-IE', label: 'English (Ireland)' },
  { tag: 'en-CA', label: 'English (Canada)' },
  { tag: 'en-AU', label: 'English (Australia)' },
  { tag: 'en-IN', label: 'English (India)' },
  { tag: 'de-DE', label: 'Deutsch (Deutschland)' },
  { tag: 'de-AT', label: 'Deutsch (Österreich)' },
  { tag: 'de-CH', label: 'Deutsch (Schweiz)' },
  { tag: 'fr-FR', label: 'Français (France)' },
  { tag: 'fr-CH', label: 'Français (Suisse)' },
  { tag: 'fr-CA', label: 'Français (Canada)' },
  { tag: 'it-IT', label: 'Italiano (Italia)' },
  { tag: 'es-ES', label: 'Español (España)' },
  { tag: 'nl-NL', label: 'Nederlands (Nederland)' },
  { tag: 'pt-BR', label: 'Português (Brasil)' },
  { tag: 'pl-PL', label: 'Polski (Polska)' },
  { tag: 'sv-SE', label: 'Svenska (Sverige)' },
  { tag: 'da-DK', label: 'Dansk (Danmark)' },
  { tag: 'nb-NO', label: 'Norsk bokmål (Norge)' },
  { tag: 'ja-JP', label: '日本語 (日本)' },
];
