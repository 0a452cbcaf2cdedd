import { describe, expect, it } from 'vitest';
import { parseHeadcount } from '../../lib/headcount';

describe('parseHeadcount', () => {
  it.each<[string, number]>([
    ['1000', 1000],
    ['1,000', 1000],
    ['1.000', 1000],
    ['1 000', 1000],
    ['1\u00a0000', 1000],
    ['1\u202f000', 1000],
    ["1'000", 1000],
    ['  250  ', 250],
    ['1', 1],
    ['007', 7],
    ['12,500', 12500],
    ['12.500', 12500],
    ['1,000,000', 1_000_000],
    ['1.000.000', 1_000_000],
    ['1 000 000', 1_000_000],
    ['1,00,000', 100_000],
  ])('reads %j as %d people', (text, expected) => {
    expect(parseHeadcount(text)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, RegExp]>([
    // Could be a fraction or a mistyped group: asked, not guessed.
    ['1,5', /^Did you mean 15 people\?/],
    ['1.5', /^Did you mean 15 people\?/],
    ['12,50', /^Did you mean 1,250 people\?/],
    ['2.5000', /^Did you mean 25,000 people\?/],
    ['1,0000', /^Did you mean 10,000 people\?/],
    // Mixed marks are not a number anyone writes as a headcount.
    ['1.000,5', /digits/],
    ['', /^Enter how many people/],
    ['   ', /^Enter how many people/],
    ['abc', /digits, like 250/],
    ['250 people', /digits/],
    ['1e3', /digits/],
    ['0', /starts at 1/],
    ['-5', /starts at 1/],
    ['10,000,000', /more than 1,000,000 people/],
    ['50-100', /rather than a range/],
    ['50 to 100', /rather than a range/],
    ['1000001', /more than 1,000,000 people/],
  ])('refuses %j with a message that says what to do', (text, expected) => {
    const actual = parseHeadcount(text);
    expect(actual.ok).toBe(false);
    if (!actual.ok) {
      expect(actual.error).toMatch(expected);
      expect(actual.error).not.toMatch(/NaN|undefined|invalid input/i);
    }
  });
});
