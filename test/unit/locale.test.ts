import { describe, expect, it } from 'vitest';
import { assumptionGroups } from '../../data/assumption-fields';
import { moneyRoundingUsd } from '../../data/cost-model';
import { convertRateCard, defaultAssumptions, estimate, moneyPaths, type Estimate, type ResolvedEstimateInput } from '../../lib/estimate';
import { normaliseCurrencyCode, parseFormatChoice } from '../../lib/locale/choice';
import { defaultFormats, formatsFor } from '../../lib/locale/formats';
import { getPath } from '../../lib/object-path';
import { prng } from '../fixtures/random';

// Intl separates some amounts and units with no-break spaces; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const march1 = new Date(Date.UTC(2027, 2, 1));

describe('formats by locale and currency', () => {
  it.each([
    ['en-US', 'USD', '$1,234,567', '$15,000 – $40,000', '1,234.56', 'Mar 1, 2027', 'Mar 2027'],
    ['de-DE', 'EUR', '1.234.567 €', '15.000–40.000 €', '1.234,56', '01.03.2027', 'März 2027'],
    ['en-GB', 'GBP', '£1,234,567', '£15,000 – £40,000', '1,234.56', '1 Mar 2027', 'Mar 2027'],
    ['fr-FR', 'EUR', '1 234 567 €', '15 000–40 000 €', '1 234,56', '1 mars 2027', 'mars 2027'],
    ['de-CH', 'CHF', "CHF 1'234'567", "CHF 15'000–40'000", "1'234.56", '01.03.2027', 'März 2027'],
    ['ja-JP', 'JPY', '￥1,234,567', '￥15,000 ～ ￥40,000', '1,234.56', '2027/03/01', '2027年3月'],
    ['en-IN', 'INR', '₹12,34,567', '₹15,000 – ₹40,000', '1,234.56', '1 Mar 2027', 'Mar 2027'],
  ])('%s %s', (locale, currency, money, range, number, day, month) => {
    const formats = formatsFor({ locale, currency });
    expect(plain(formats.money(1_234_567))).toBe(money);
    expect(plain(formats.moneyRange({ low: 15_000, high: 40_000 }))).toBe(range);
    expect(plain(formats.number(1234.56))).toBe(number);
    expect(plain(formats.day(march1))).toBe(day);
    expect(plain(formats.monthYear(march1))).toBe(month);
  });

  it('shows one amount when both ends of a range agree, and whole units only', () => {
    expect(defaultFormats.moneyRange({ low: 20_000, high: 20_000 })).toBe('$20,000');
    expect(defaultFormats.money(1234.56)).toBe('$1,235');
    expect(plain(defaultFormats.numberRange({ low: 6.5, high: 9 }, 'months'))).toBe('6.5–9 months');
    expect(plain(formatsFor({ locale: 'de-DE', currency: 'EUR' }).numberRange({ low: 6.5, high: 9 }, 'Monate'))).toBe('6,5–9 Monate');
  });

  it('keeps a calendar day whatever the time zone (days are UTC)', () => {
    expect(defaultFormats.day(new Date(Date.UTC(2027, 0, 1)))).toBe('Jan 1, 2027');
    expect(defaultFormats.day(new Date(Date.UTC(2026, 11, 31, 23, 59)))).toBe('Dec 31, 2026');
  });
});

describe('a stored or typed choice', () => {
  it.each([
    [{ locale: 'de-DE', currency: 'EUR' }, []],
    [{ locale: 'en-US', currency: 'USD' }, []],
    [{ locale: 'ja-JP', currency: 'JPY' }, []],
    [{ locale: 'de-DE', currency: 'XYZ' }, ['Currency is not an ISO 4217 currency code, such as EUR or GBP.']],
    [{ locale: 'de-DE', currency: 'eur' }, ['Currency is not an ISO 4217 currency code, such as EUR or GBP.']],
    [{ locale: 'not a locale', currency: 'EUR' }, ['Number format is not a language and region this browser can format.']],
    [{ locale: 'de_DE', currency: 'EUR' }, ['Number format is not a language and region this browser can format.']],
  ])('%j → %j', (choice, errors) => {
    const parsed = parseFormatChoice(choice);
    expect(parsed.ok ? [] : parsed.errors).toEqual(errors);
  });

  it.each([undefined, null, 'EUR', 42, { locale: 'de-DE' }, { locale: 'de-DE', currency: 'EUR', extra: 1 }, { locale: 'x'.repeat(10_000), currency: 'EUR' }])(
    'refuses %j without throwing',
    (value) => expect(parseFormatChoice(value).ok).toBe(false),
  );

  it('reads a typed code in any case and spacing', () => {
    expect(normaliseCurrencyCode('  gbp ')).toBe('GBP');
  });
});

describe('converting the rate card', () => {
  const moneyFigures = (result: Estimate): number[] => [
    ...result.lineItems.flatMap((item) => [item.low, item.high]),
    ...[result.initial, result.firstYear, result.threeYear, result.internalCost, result.ongoingInternalCost].flatMap((range) => [range.low, range.high]),
  ];

  it('names every money field of the rate card, and nothing else', () => {
    const listed = assumptionGroups.flatMap((group) => group.fields).filter((field) => field.unit === 'money');
    expect(moneyPaths).toEqual(listed.map((field) => field.path));
    expect(moneyPaths).toContain('approaches.consultant.dayRate');
    expect(moneyPaths).toContain('auditFeesAtReference.certification.low');
    expect(moneyPaths).not.toContain('gapAnalysisDays.low');
  });

  it('multiplies every amount and rounds to a whole unit, leaving the default untouched', () => {
    const converted = convertRateCard(defaultAssumptions, 0.92);
    expect(converted.approaches.consultant.dayRate).toBe(Math.round(defaultAssumptions.approaches.consultant.dayRate * 0.92));
    expect(converted.auditFeesAtReference.certification).toEqual({ low: 13_800, high: 36_800 });
    expect(converted.gapAnalysisDays).toEqual(defaultAssumptions.gapAnalysisDays);
    expect(getPath(defaultAssumptions, 'approaches.consultant.dayRate')).toBe(1_250);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2_000_000])('refuses the rate %s', (rate) => {
    expect(() => convertRateCard(defaultAssumptions, rate)).toThrow(RangeError);
  });

  it('moves every cost of any estimate by the rate and no month at all (random profiles)', () => {
    const next = prng(2027);
    for (let round = 0; round < 120; round += 1) {
      const rate = [0.5, 0.92, 1.27, 150][round % 4]!;
      const input: ResolvedEstimateInput = {
        employees: Math.max(1, Math.round(Math.exp(next() * Math.log(20_000)))),
        maturity: next(),
        sites: 1 + Math.floor(next() * 8),
        scope: (['narrow', 'typical', 'broad'] as const)[round % 3]!,
        certificationBody: (['budget', 'standard', 'premium'] as const)[(round >> 1) % 3]!,
        approach: (['consultant', 'vciso', 'in-house'] as const)[(round >> 2) % 3]!,
        grcTool: next() < 0.5,
        soc2: next() < 0.5,
      };
      // The model rounds each amount to a step, and a total adds a few rounded amounts.
      const roundingSlack = 4 * moneyRoundingUsd * (1 + rate);
      const before = estimate(input, defaultAssumptions);
      const after = estimate(input, convertRateCard(defaultAssumptions, rate));
      expect(after.months).toEqual(before.months);
      const expected = moneyFigures(before);
      moneyFigures(after).forEach((value, index) => {
        const target = expected[index]! * rate;
        expect(Math.abs(value - target), `round ${round}, figure ${index}`).toBeLessThanOrEqual(roundingSlack + target * 0.002);
      });
    }
  });
});
