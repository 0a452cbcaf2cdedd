import { useSignal } from '@preact/signals';
import { commonCurrencies, localeChoices } from '../../data/currencies';
import { isConversionRate } from '../../lib/estimate';
import { knownCurrency, normaliseCurrencyCode } from '../../lib/locale/choice';
import { formatsFor } from '../../lib/locale/formats';
import { pageFormats } from '../../lib/state/formats';
import { FormAlert, focusField } from '../ui/FormAlert';
import { useAssumptions } from './useAssumptions';

const otherCurrency = 'other';
type Treatment = 'convert' | 'keep' | undefined;

function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "0.92", "0,92", " 150 " → a number; anything else → undefined. */
function readRate(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const rate = Number(trimmed);
  return isConversionRate(rate) ? rate : undefined;
}

/**
 * The rate card's currency and the format of numbers, money and dates on every page and export. Changing the
 * currency never converts silently: the user gives a rate, or says the figures are already in the new currency.
 */
export function CurrencyForm() {
  const state = pageFormats();
  const { assumptions } = useAssumptions();
  const current = state.choice.value;
  const locale = useSignal<string | undefined>(undefined);
  const picked = useSignal<string | undefined>(undefined);
  const typedCode = useSignal('');
  const treatment = useSignal<Treatment>(undefined);
  const rateText = useSignal('');
  const errors = useSignal<{ code?: string; treatment?: string; rate?: string; form?: string }>({});
  const message = useSignal('');

  const shownLocale = locale.value ?? current.locale;
  const shownPick = picked.value ?? ((commonCurrencies as readonly string[]).includes(current.currency) ? current.currency : otherCurrency);
  const code = shownPick === otherCurrency ? normaliseCurrencyCode(typedCode.value || (picked.value ? '' : current.currency)) : shownPick;
  const currencyChanges = code !== current.currency;
  const sample = knownCurrency(code) ? formatsFor({ locale: shownLocale, currency: code }) : undefined;
  const today = new Date(Date.UTC(2027, 2, 1));

  function clear() {
    message.value = '';
    errors.value = {};
  }

  function choose(chosen: Treatment) {
    treatment.value = chosen;
    clear();
  }

  async function save(event: Event) {
    event.preventDefault();
    const found: typeof errors.value = {};
    if (!knownCurrency(code)) found.code = 'Type a three-letter ISO 4217 code this browser knows, such as EUR, GBP or SEK.';
    const rate = readRate(rateText.value);
    if (currencyChanges && !found.code) {
      if (!treatment.value) found.treatment = 'Choose whether to convert the rate card or keep its numbers.';
      else if (treatment.value === 'convert' && rate === undefined) {
        found.rate = `Type how many ${code} one ${current.currency} is worth, a number such as 0.92.`;
      }
    }
    errors.value = found;
    const first = found.code ? 'formats-code' : found.treatment ? 'formats-convert' : found.rate ? 'formats-rate' : undefined;
    if (first) return focusField(first);
    const change = !currencyChanges ? undefined : treatment.value === 'convert' ? { convertAt: rate! } : { keepNumbers: true as const };
    const refused = await state.save({ locale: shownLocale, currency: code }, assumptions.value, change);
    if (refused.length > 0) {
      errors.value = { form: refused.join(' ') };
      return;
    }
    message.value =
      change && 'convertAt' in change
        ? `Saved. The rate card is converted to ${code} at ${rateText.value.trim()} and every figure reads in ${code}.`
        : `Saved. Every figure now reads in ${code}${currencyChanges ? ', with the rate card’s numbers as they were' : ''}.`;
    locale.value = undefined;
    picked.value = undefined;
    typedCode.value = '';
    treatment.value = undefined;
    rateText.value = '';
  }

  const describedBy = (id: string, error: string | undefined) => (error ? `${id}-error` : undefined);
  return (
    <form class="card stack" onSubmit={(event) => void save(event)} aria-labelledby="formats-title" noValidate>
      <h2 id="formats-title">Currency and number format</h2>
      <p class="hint">
        The rate card’s currency, and how numbers, money and dates read on every page and in every export. The default figures are the
        guide’s, in US dollars.
      </p>
      {state.problem.value && (
        <p class="error" role="alert">
          {state.problem.value}
        </p>
      )}
      <div class="field">
        <label for="formats-locale">Numbers and dates</label>
        <select
          id="formats-locale"
          value={shownLocale}
          onChange={(event) => {
            locale.value = event.currentTarget.value;
            clear();
          }}
        >
          {!localeChoices.some((choice) => choice.tag === shownLocale) && <option value={shownLocale}>{shownLocale}</option>}
          {localeChoices.map((choice) => (
            <option key={choice.tag} value={choice.tag}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="formats-currency">Currency</label>
        <select
          id="formats-currency"
          value={shownPick}
          onChange={(event) => {
            picked.value = event.currentTarget.value;
            clear();
          }}
        >
          {commonCurrencies.map((common) => (
            <option key={common} value={common}>
              {common} — {currencyName(common, shownLocale)}
            </option>
          ))}
          <option value={otherCurrency}>Another ISO code…</option>
        </select>
      </div>
      {shownPick === otherCurrency && (
        <div class="field">
          <label for="formats-code">ISO 4217 code</label>
          <input
            id="formats-code"
            value={typedCode.value || (picked.value ? '' : current.currency)}
            maxLength={3}
            autoComplete="off"
            aria-invalid={errors.value.code ? 'true' : undefined}
            aria-describedby={describedBy('formats-code', errors.value.code)}
            onInput={(event) => {
              typedCode.value = event.currentTarget.value;
              clear();
            }}
          />
          {errors.value.code && (
            <p class="error" id="formats-code-error">
              {errors.value.code}
            </p>
          )}
        </div>
      )}
      {currencyChanges && knownCurrency(code) && (
        <fieldset class="stack" aria-describedby={describedBy('formats-treatment', errors.value.treatment)}>
          <legend>
            The rate card is in {current.currency}. What should happen to its figures in {code}?
          </legend>
          <div class="row">
            <input id="formats-convert" type="radio" name="formats-treatment" checked={treatment.value === 'convert'} onChange={() => choose('convert')} />
            <label for="formats-convert">Convert them at a rate I give</label>
          </div>
          {treatment.value === 'convert' && (
            <div class="field">
              <label for="formats-rate">
                1 {current.currency} = how many {code}?
              </label>
              <input
                id="formats-rate"
                inputMode="decimal"
                value={rateText.value}
                autoComplete="off"
                aria-invalid={errors.value.rate ? 'true' : undefined}
                aria-describedby={describedBy('formats-rate', errors.value.rate)}
                onInput={(event) => {
                  rateText.value = event.currentTarget.value;
                  clear();
                }}
              />
              {errors.value.rate && (
                <p class="error" id="formats-rate-error">
                  {errors.value.rate}
                </p>
              )}
            </div>
          )}
          <div class="row">
            <input id="formats-keep" type="radio" name="formats-treatment" checked={treatment.value === 'keep'} onChange={() => choose('keep')} />
            <label for="formats-keep">Keep the numbers as they are (they are already in {code})</label>
          </div>
          {errors.value.treatment && (
            <p class="error" id="formats-treatment-error">
              {errors.value.treatment}
            </p>
          )}
        </fieldset>
      )}
      {sample && (
        <p class="hint">
          Reads as: {sample.money(1234)} · {sample.moneyRange({ low: 15_000, high: 40_000 })} · {sample.number(1234.56)} · {sample.day(today)}
        </p>
      )}
      <FormAlert fields={[errors.value.code, errors.value.treatment, errors.value.rate].filter(Boolean).length} />
      {errors.value.form && (
        <p class="error" role="alert">
          Not saved: {errors.value.form}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          Save currency and format
        </button>
      </div>
      <p class="hint" role="status">
        {message.value}
      </p>
    </form>
  );
}
