import { describe, expect, it } from 'vitest';
import {
  afterWrongPin,
  checkPinFormat,
  constantTimeEqual,
  hashPin,
  maxPinDelayMs,
  noPinAttempts,
  PinHashSchema,
  pinDelayMs,
  pinIterations,
  pinRetryAt,
  verifyPin,
} from '../../lib/kiosk';

// The stored iterations are read back from the record, so tests may hash faster than the default.
const fast = { iterations: 1_000 };

describe('PIN format', () => {
  it.each([
    ['1234', true],
    ['000000000000', true],
    ['123', false],
    ['1234567890123', false],
    ['12a4', false],
    [' 1234', false],
    ['12 34', false],
    ['', false],
    ['١٢٣٤', false],
  ])('%j is accepted: %s', (pin, expected) => {
    const actual = checkPinFormat(pin);
    expect(actual.ok).toBe(expected);
    if (!actual.ok) expect(actual.error).toMatch(/4 to 12 digits/);
  });
});

describe('PIN hashing', () => {
  it('uses PBKDF2 with at least 200,000 iterations and a 16-byte random salt by default', async () => {
    expect(pinIterations).toBeGreaterThanOrEqual(200_000);
    const first = await hashPin('2468');
    const second = await hashPin('2468');
    expect(first.iterations).toBe(pinIterations);
    expect(first.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(PinHashSchema.safeParse(first).success).toBe(true);
  });

  it('stores neither the PIN nor anything containing it', async () => {
    const stored = await hashPin('97531864', fast);
    expect(JSON.stringify(stored)).not.toContain('97531864');
  });

  it('is deterministic for a given salt and iteration count', async () => {
    const salt = new Uint8Array(16).fill(7);
    expect(await hashPin('2468', { ...fast, salt })).toEqual(await hashPin('2468', { ...fast, salt }));
  });

  it.each([
    ['2468', true],
    ['2469', false],
    ['24680', false],
    ['246', false],
    ['', false],
  ])('verifying %j against the hash of 2468 gives %s', async (pin, expected) => {
    const stored = await hashPin('2468', fast);
    expect(await verifyPin(pin, stored)).toBe(expected);
  });
});

describe('constantTimeEqual', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  it.each([
    [bytes(), bytes(), true],
    [bytes(1, 2, 3), bytes(1, 2, 3), true],
    [bytes(1, 2, 3), bytes(1, 2, 4), false],
    [bytes(1, 2, 3), bytes(1, 2), false],
    [bytes(1, 2), bytes(1, 2, 0), false],
    [bytes(0), bytes(), false],
  ])('%j = %j is %s', (a, b, expected) => {
    expect(constantTimeEqual(a, b)).toBe(expected);
  });
});

describe('wrong-PIN backoff', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 1_000],
    [3, 2_000],
    [4, 4_000],
    [5, 8_000],
    [7, 32_000],
    [8, maxPinDelayMs],
    [50, maxPinDelayMs],
    [10_000, maxPinDelayMs],
  ])('after %i wrong PINs the next try waits %i ms', (failed, expected) => {
    expect(pinDelayMs(failed)).toBe(expected);
  });

  it('counts failures and locks until the delay has passed', () => {
    const now = 1_000_000;
    const once = afterWrongPin(noPinAttempts, now);
    expect(once).toEqual({ failed: 1, lockedUntil: now });
    expect(pinRetryAt(once, now)).toBeUndefined();

    const twice = afterWrongPin(once, now);
    expect(twice).toEqual({ failed: 2, lockedUntil: now + 1_000 });
    expect(pinRetryAt(twice, now)).toBe(now + 1_000);
    expect(pinRetryAt(twice, now + 999)).toBe(now + 1_000);
    expect(pinRetryAt(twice, now + 1_000)).toBeUndefined();
  });
});
