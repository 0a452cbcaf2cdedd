import { describe, expect, it } from 'vitest';
import { needsAttention, parseTypedNumber, readNumber, type NumberRule } from '../../lib/typed-number';

const dayRate: NumberRule = { noun: 'a day rate', min: 1, max: 1_000_000_000, example: 1250 };
const idleTime: NumberRule = { noun: 'the idle time', min: 30, max: 600, whole: true, unit: 'seconds', example: 90 };
const share: NumberRule = { noun: 'a share', min: 0, max: 100, unit: '%', example: 25 };

describe('readNumber', () => {
  it.each<[string, number]>([
    ['1250', 1250],
    [' 1250 ', 1250],
    ['1,250', 1250],
    ['1 250', 1250],
    ['1\u00a0250', 1250],
    ['1,250,000.5', 1_250_000.5],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['0,25', 0.25],
    ['.5', 0.5],
    ['-3', -3],
    ['25%', 25],
    ['25 %', 25],
  ])('reads %j as %d', (text, expected) => {
    expect(readNumber(text)).toBe(expected);
  });

  it.each(['', 'abc', '12abc', '1e3', '1.2.3', '1,2,3', 'NaN', 'Infinity', '--1', '1 2', '12.', '1,250,5', '1.250,000.5', ','])(
    'reads %j as no number',
    (text) => {
      expect(readNumber(text)).toBeNaN();
    },
  );

  // The locale settles what a lone separator before three digits means; everything else reads the same anywhere.
  it.each<[string, string, number]>([
    ['1.200', 'de-DE', 1200],
    ['1.200', 'en-US', 1.2],
    ['1,200', 'de-DE', 1.2],
    ['1,200', 'en-US', 1200],
    ['1.200,50', 'de-DE', 1200.5],
    ['1.200,50', 'en-US', 1200.5],
    ['1,200.50', 'de-DE', 1200.5],
    ['1.250.000', 'de-DE', 1_250_000],
    ['1.5', 'de-DE', 1.5],
    ['12,5', 'de-DE', 12.5],
    ['1 200,5', 'fr-FR', 1200.5],
    ["1'200.5", 'de-CH', 1200.5],
    ['0.125', 'de-DE', 0.125],
  ])('reads %j in %s as %d', (text, locale, expected) => {
    expect(readNumber(text, locale)).toBe(expected);
  });
});

describe('parseTypedNumber says what to type instead, one message per way of being wrong', () => {
  it.each<[string, NumberRule, string, string]>([
    ['', dayRate, 'empty', 'Enter a day rate, for example 1,250.'],
    ['   ', idleTime, 'empty', 'Enter the idle time, for example 90 seconds.'],
    ['abc', dayRate, 'not-a-number', 'Type a day rate in digits, like 1,250: “abc” is not a number.'],
    ['-5', dayRate, 'negative', 'A day rate cannot be negative: enter 1 or more.'],
    ['-1', share, 'negative', 'A share cannot be negative: enter 0% or more.'],
    ['0', dayRate, 'too-small', 'Enter a day rate of at least 1.'],
    ['10', idleTime, 'too-small', 'Enter the idle time of at least 30 seconds.'],
    ['10,000,000,000', dayRate, 'too-large', '10,000,000,000 is more than this allows: enter a day rate of at most 1,000,000,000.'],
    ['150', share, 'too-large', '150% is more than this allows: enter a share of at most 100%.'],
    ['90.5', idleTime, 'not-whole', 'The idle time must be a whole number, like 90.'],
  ])('%j for %o: %s', (text, rule, problem, error) => {
    expect(parseTypedNumber(text, rule)).toEqual({ ok: false, problem, error });
  });

  it.each<[string, NumberRule, number]>([
    ['1', dayRate, 1],
    ['2,500', dayRate, 2500],
    ['600', idleTime, 600],
    ['12,5', share, 12.5],
    ['0', share, 0],
  ])('accepts %j', (text, rule, value) => {
    expect(parseTypedNumber(text, rule)).toEqual({ ok: true, value });
  });

  it('never says NaN, and keeps a long typed text short in its message', () => {
    const actual = parseTypedNumber('x'.repeat(500), dayRate);
    expect(actual.ok).toBe(false);
    if (!actual.ok) {
      expect(actual.error).not.toMatch(/NaN|undefined|Infinity/);
      expect(actual.error.length).toBeLessThan(120);
    }
  });
});

describe('needsAttention', () => {
  it.each<[number, string | undefined, string]>([
    [1, undefined, 'Not saved: one field needs attention.'],
    [2, undefined, 'Not saved: 2 fields need attention.'],
    [2, 'Not started', 'Not started: 2 fields need attention.'],
  ])('%d field(s), %s', (fields, outcome, expected) => {
    expect(needsAttention(fields, outcome)).toBe(expected);
  });
});
