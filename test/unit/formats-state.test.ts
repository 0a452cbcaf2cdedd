/**
 * The currency and locale in Settings (issue 14): changing the currency converts the rate card at the user's rate
 * or keeps its numbers — never silently — and the rate card and the locale are written together or not at all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { localeKey } from '../../lib/db/rate-card';
import { readSetting, writeSetting } from '../../lib/db/settings';
import { defaultAssumptions, parseAssumptions, type Assumptions } from '../../lib/estimate';
import { assumptionsKey } from '../../lib/state/assumptions';
import { createFormatsState } from '../../lib/state/formats';

const databases: ReadinessDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});
const fresh = () => {
  const db = openDatabase(`test-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
};
const storedRateCard = async (db: ReadinessDatabase) => {
  const parsed = parseAssumptions(await readSetting<unknown>(db, assumptionsKey));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.assumptions;
};
const settled = (predicate: () => boolean) =>
  new Promise<void>((resolve) => {
    const check = () => (predicate() ? resolve() : setTimeout(check, 5));
    check();
  });

describe('currency and locale', () => {
  it('starts in US dollars and US formats, the guide’s own', () => {
    const state = createFormatsState(fresh());
    expect(state.choice.value).toEqual({ locale: 'en-US', currency: 'USD' });
    expect(state.formats.value.money(1500)).toBe('$1,500');
    state.dispose();
  });

  it('converts every amount at the given rate and labels it with the new currency', async () => {
    const db = fresh();
    const state = createFormatsState(db);
    expect(await state.save({ locale: 'de-DE', currency: 'EUR' }, defaultAssumptions, { convertAt: 0.9 })).toEqual([]);
    const rateCard = await storedRateCard(db);
    expect(rateCard.currency).toBe('EUR');
    expect(rateCard.approaches.consultant.dayRate).toBe(1125);
    expect(rateCard.auditFeesAtReference.certification).toEqual({ low: 13_500, high: 36_000 });
    expect(rateCard.gapAnalysisDays).toEqual(defaultAssumptions.gapAnalysisDays);
    await settled(() => state.choice.value.currency === 'EUR');
    expect(state.choice.value).toEqual({ locale: 'de-DE', currency: 'EUR' });
    expect(state.formats.value.money(1234).replace(/\u00a0/g, ' ')).toBe('1.234 €');
    state.dispose();
  });

  it('keeps the numbers when told they already are in the new currency', async () => {
    const db = fresh();
    const state = createFormatsState(db);
    const own: Assumptions = { ...structuredClone(defaultAssumptions), internal: { dayRate: 700, ongoingDaysPerYear: { low: 20, high: 50 } } };
    expect(await state.save({ locale: 'en-GB', currency: 'GBP' }, own, { keepNumbers: true })).toEqual([]);
    expect(await storedRateCard(db)).toEqual({ ...own, currency: 'GBP' });
    state.dispose();
  });

  it.each([
    [undefined, 'Say whether to convert the rate card at a rate you give, or keep its numbers as they are.'],
    [{ convertAt: 0 }, 'The conversion rate must be a number between'],
    [{ convertAt: Number.NaN }, 'The conversion rate must be a number between'],
  ])('refuses a currency change %j and stores nothing', async (change, message) => {
    const db = fresh();
    const state = createFormatsState(db);
    const errors = await state.save({ locale: 'de-DE', currency: 'EUR' }, defaultAssumptions, change);
    expect(errors.join(' ')).toContain(message);
    expect(await readSetting(db, assumptionsKey)).toBeUndefined();
    expect(await readSetting(db, localeKey)).toBeUndefined();
    state.dispose();
  });

  it('changes only the locale when the currency stays, leaving the rate card unwritten', async () => {
    const db = fresh();
    const state = createFormatsState(db);
    expect(await state.save({ locale: 'fr-FR', currency: 'USD' }, defaultAssumptions)).toEqual([]);
    expect(await readSetting(db, localeKey)).toBe('fr-FR');
    expect(await readSetting(db, assumptionsKey)).toBeUndefined();
    state.dispose();
  });

  it('falls back to US formats, with a message, for a stored locale this browser cannot format', async () => {
    const db = fresh();
    await writeSetting(db, localeKey, 'xx-not-a-locale-at-all');
    const state = createFormatsState(db);
    await settled(() => state.problem.value !== undefined);
    expect(state.problem.value).toContain('could not be used');
    expect(state.choice.value.locale).toBe('en-US');
    state.dispose();
  });

  it('reads a rate card stored before currencies existed as US dollars', () => {
    const { currency: _currency, ...older } = defaultAssumptions;
    const parsed = parseAssumptions(older);
    expect(parsed.ok && parsed.assumptions.currency).toBe('USD');
  });
});
