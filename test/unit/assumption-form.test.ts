import { describe, expect, it } from 'vitest';
import { assumptionGroups } from '../../data/assumption-fields';
import { assumptionIssues, defaultAssumptions, placeAssumptionIssues, readAssumptionForm } from '../../lib/estimate';
import { setPath } from '../../lib/object-path';

const fields = assumptionGroups.flatMap((group) => group.fields);
const rate = 'approaches.consultant.dayRate';

describe('readAssumptionForm: each field read against its limits', () => {
  it.each<[string, string, string]>([
    [rate, '', 'Enter a day rate, for example 1,250.'],
    [rate, 'abc', 'Type a day rate in digits, like 1,250: “abc” is not a number.'],
    [rate, '-10', 'A day rate cannot be negative: enter 1 or more.'],
    [rate, '0', 'Enter a day rate of at least 1.'],
    [rate, '5000000000', '5,000,000,000 is more than this allows: enter a day rate of at most 1,000,000,000.'],
    ['grcTool.internalEffortReduction', '120', '120% is more than this allows: enter a share of at most 100%.'],
    ['auditorDays.siteSampling.initial', '2', '2 is more than this allows: enter a multiplier of at most 1.'],
    ['gapAnalysisDays.low', '-1', 'A number of days cannot be negative: enter 0 days or more.'],
  ])('%s typed as %j', (path, text, expected) => {
    const actual = readAssumptionForm(defaultAssumptions, { [path]: text }, fields);
    expect(actual).toEqual({ ok: false, errors: { [path]: expected } });
  });

  it('sets typed figures into a copy, shares from percent, and leaves the rest as they were', () => {
    const actual = readAssumptionForm(defaultAssumptions, { [rate]: '2,500', 'grcTool.internalEffortReduction': '12,5' }, fields);
    const expected = setPath(setPath(defaultAssumptions, rate, 2500), 'grcTool.internalEffortReduction', 0.125);
    expect(actual).toEqual({ ok: true, candidate: expected });
    expect(defaultAssumptions.approaches.consultant.dayRate).toBe(1250);
  });

  it('reads figures the way the chosen locale writes them: "1.200" is a day rate of 1200 in German', () => {
    const german = readAssumptionForm(defaultAssumptions, { [rate]: '1.200', 'grcTool.internalEffortReduction': '12,5' }, fields, 'de-DE');
    expect(german).toEqual({ ok: true, candidate: setPath(setPath(defaultAssumptions, rate, 1200), 'grcTool.internalEffortReduction', 0.125) });
    const american = readAssumptionForm(defaultAssumptions, { [rate]: '1,200' }, fields, 'en-US');
    expect(american).toEqual({ ok: true, candidate: setPath(defaultAssumptions, rate, 1200) });
  });

  it('names every bad field at once', () => {
    const actual = readAssumptionForm(defaultAssumptions, { [rate]: 'x', 'internal.dayRate': '', 'gapAnalysisDays.high': '30' }, fields);
    expect(actual.ok === false && Object.keys(actual.errors)).toEqual([rate, 'internal.dayRate']);
  });
});

describe('placeAssumptionIssues: the schema refusals beside their fields, without paths', () => {
  it.each<[string, Record<string, number>, string, string]>([
    ['a range with its low above its high', { 'gapAnalysisDays.low': 50 }, 'gapAnalysisDays.low', 'The low figure is above the high one: make it the same or lower.'],
    ['a budget body dearer than a premium one', { 'certificationBodyMultiplier.budget': 3 }, 'certificationBodyMultiplier.budget', "A smaller body's multiplier must not be above a premium body's: lower this one or raise the premium one."],
    ['a site factor above 1', { 'auditorDays.siteSampling.surveillance': 1.5 }, 'auditorDays.siteSampling.surveillance', 'Must be at most 1.'],
  ])('%s', (_name, changes, path, expected) => {
    const candidate = Object.entries(changes).reduce((copy, [at, value]) => setPath(copy, at, value), defaultAssumptions);
    const actual = placeAssumptionIssues(assumptionIssues(candidate), fields);
    expect(actual).toEqual({ byField: { [path]: expected }, general: [] });
  });

  it('says what is wrong with a figure the form does not show, in words', () => {
    const candidate = setPath(defaultAssumptions, 'staffDaysPerConsultantDay', 0);
    const actual = placeAssumptionIssues(assumptionIssues(candidate), fields);
    expect(actual.byField).toEqual({});
    expect(actual.general).toEqual(['A figure this form does not show must be more than 0: reset to the defaults to start again.']);
  });

  it('finds nothing wrong with the defaults', () => {
    expect(assumptionIssues(defaultAssumptions)).toEqual([]);
  });
});
