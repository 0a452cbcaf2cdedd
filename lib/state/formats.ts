/**
 * The locale chosen in Settings and the rate card's currency, live for the whole page: every figure on screen
 * formats through `pageFormats().formats`, so a change in one page redraws every open page. A stored locale this
 * browser cannot format is not used (US formats are, with a message) rather than breaking every figure.
 */
import { computed, type ReadonlySignal } from '@preact/signals';
import { defaultLocale } from '../../data/currencies';
import { conversionRateLimits, convertRateCard, isConversionRate, parseAssumptions, type Assumptions } from '../estimate';
import { assumptionsKey, localeKey, writeFormatChange } from '../db/rate-card';
import { readSetting } from '../db/settings';
import { parseFormatChoice } from '../locale/choice';
import { defaultFormatChoice, formatsFor, type FormatChoice, type Formats } from '../locale/formats';
import { pageDatabase } from './database';
import { liveSignal, type DatabaseHandle } from './live';
import { attemptWrite } from './write-problem';

/** What happens to the rate card's amounts when its currency changes: converted at a rate, or kept as they are. */
export type CurrencyChange = { convertAt: number } | { keepNumbers: true };

export interface FormatsState {
  choice: ReadonlySignal<FormatChoice>;
  formats: ReadonlySignal<Formats>;
  /** True once the stored choice has been read (until then `choice` is the default). */
  ready: ReadonlySignal<boolean>;
  /** Why the stored locale is not in use, if it is not. */
  problem: ReadonlySignal<string | undefined>;
  /**
   * Stores a new choice. When the currency differs from the rate card's, `change` says what becomes of the
   * amounts of `rateCard` (the assumptions in use). Returns the messages when refused; nothing is stored then.
   */
  save: (candidate: FormatChoice, rateCard: Assumptions, change?: CurrencyChange) => Promise<string[]>;
  dispose: () => void;
}

export function createFormatsState(db: DatabaseHandle): FormatsState {
  const stored = liveSignal(db, async (database) => ({ locale: await readSetting<unknown>(database, localeKey), rateCard: await readSetting<unknown>(database, assumptionsKey) }),
    { locale: undefined, rateCard: undefined },
  );
  // The rate card's currency; a rate card that fails its checks is not in use, so neither is its currency.
  const currency = computed(() => {
    const { rateCard } = stored.value.value;
    const assumptions = rateCard === undefined ? undefined : parseAssumptions(rateCard);
    return assumptions?.ok ? assumptions.assumptions.currency : defaultFormatChoice.currency;
  });
  const parsed = computed(() => {
    const { locale } = stored.value.value;
    return locale === undefined ? undefined : parseFormatChoice({ locale, currency: currency.value });
  });
  const choice = computed<FormatChoice>(() => (parsed.value?.ok ? parsed.value.choice : { locale: defaultLocale, currency: currency.value }));
  return {
    choice,
    ready: stored.ready,
    formats: computed(() => formatsFor(choice.value)),
    problem: computed(() =>
      parsed.value && !parsed.value.ok
        ? `Your saved number format could not be used (${parsed.value.errors.join(' ')}) US formats apply until you choose again.`
        : undefined,
    ),
    async save(candidate, rateCard, change) {
      const checked = parseFormatChoice(candidate);
      if (!checked.ok) return checked.errors;
      const { locale, currency } = checked.choice;
      let newRateCard: Assumptions | undefined;
      if (currency !== rateCard.currency) {
        if (!change) return ['Say whether to convert the rate card at a rate you give, or keep its numbers as they are.'];
        if ('convertAt' in change && !isConversionRate(change.convertAt)) {
          return [`The conversion rate must be a number between ${conversionRateLimits.min} and ${conversionRateLimits.max}.`];
        }
        newRateCard = { ...('convertAt' in change ? convertRateCard(rateCard, change.convertAt) : rateCard), currency };
      }
      const saved = await attemptWrite('Your currency and number format', async () => writeFormatChange(await db, locale, newRateCard));
      return saved.ok ? [] : [saved.error];
    },
    dispose: stored.dispose,
  };
}

let shared: FormatsState | undefined;

/** One live choice per page, made the first time a figure is drawn; it lives as long as the page. */
export function pageFormats(): FormatsState {
  shared ??= createFormatsState(pageDatabase());
  return shared;
}
