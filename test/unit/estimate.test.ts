import { describe, expect, it } from 'vitest';
import { costModel, type Range } from '../../data/cost-model';
import {
  defaultAssumptions,
  estimate,
  parseAssumptions,
  parseEstimateInput,
  tableAuditorDays,
  type Assumptions,
  type Estimate,
  type EstimateInput,
  type ResolvedEstimateInput,
} from '../../lib/estimate';
import { splitTimeline } from '../../lib/estimate/phases';
import { prng } from '../fixtures/random';

const reference: ResolvedEstimateInput = {
  employees: 250,
  maturity: 'moderate',
  sites: 1,
  scope: 'typical',
  certificationBody: 'standard',
  approach: 'consultant',
  grcTool: false,
  soc2: false,
};

function line(result: Estimate, id: string): Range {
  const found = result.lineItems.find((item) => item.id === id);
  if (!found) throw new Error(`no line item ${id}`);
  return { low: found.low, high: found.high };
}

const consultingFees = (result: Estimate): Range => ({
  low: line(result, 'gap-analysis').low + line(result, 'implementation').low,
  high: line(result, 'gap-analysis').high + line(result, 'implementation').high,
});

/** Every cost, day and month figure of an estimate, by name, for "never lower" comparisons. */
function figures(result: Estimate): Record<string, number> {
  const ranges: Array<[string, Range]> = [
    ...result.lineItems.map((item): [string, Range] => [item.id, item]),
    ['initial', result.initial],
    ['firstYear', result.firstYear],
    ['threeYear', result.threeYear],
    ['internalDays', result.internalDays],
    ['internalCost', result.internalCost],
    ['ongoingInternalDays', result.ongoingInternalDays],
    ['ongoingInternalCost', result.ongoingInternalCost],
    ['months', result.months],
  ];
  const ends = ranges.flatMap(([name, range]) => [[`${name}.low`, range.low], [`${name}.high`, range.high]]);
  const days = Object.entries(result.auditorDays).map(([name, value]) => [`auditorDays.${name}`, value]);
  return Object.fromEntries([...ends, ...days]);
}

function expectNeverLower(before: Estimate, after: Estimate, context: string) {
  const expected = figures(before);
  for (const [name, actual] of Object.entries(figures(after))) {
    expect(actual, `${context}: ${name}`).toBeGreaterThanOrEqual(expected[name]!);
  }
}

/** Seeded, so a failing case can be replayed. */
function random(seed: number) {
  const next = prng(seed);
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  return { next, pick };
}

function randomProfiles(seed: number, count: number): ResolvedEstimateInput[] {
  const { next, pick } = random(seed);
  return Array.from({ length: count }, () => ({
    employees: Math.max(1, Math.round(Math.exp(next() * Math.log(1_000_000)))),
    maturity: next() < 0.5 ? pick(['mature', 'moderate', 'scratch'] as const) : next(),
    sites: next() < 0.6 ? 1 : 1 + Math.floor(next() * (next() < 0.8 ? 12 : 499)),
    scope: pick(['narrow', 'typical', 'broad'] as const),
    certificationBody: pick(['budget', 'standard', 'premium'] as const),
    approach: pick(['consultant', 'vciso', 'in-house'] as const),
    grcTool: next() < 0.5,
    soc2: next() < 0.5,
  }));
}

const profiles = randomProfiles(27001, 300);

describe("the guide's reference profile", () => {
  const actual = estimate(reference);

  it.each([
    ['gap-analysis', 15_000, 40_000],
    ['implementation', 10_000, 40_000],
    ['certification-audit', 15_000, 40_000],
    ['surveillance', 10_000, 25_000],
    ['recertification', 20_000, 40_000],
  ])('%s costs %i–%i, as in the guide', (id, low, high) => {
    expect(line(actual, id)).toEqual({ low, high });
  });

  it('lists exactly the five line items of the guide', () => {
    expect(actual.lineItems.map((item) => item.id)).toEqual([
      'gap-analysis', 'implementation', 'certification-audit', 'surveillance', 'recertification',
    ]);
  });

  it('costs 40,000–120,000 all-in and takes 9–12 months', () => {
    expect(actual.initial).toEqual({ low: 40_000, high: 120_000 });
    expect(actual.months).toEqual({ low: 9, high: 12 });
  });

  it('has internal costs equal to the external fees, 50–150 person-days', () => {
    expect(actual.internalDays).toEqual({ low: 50, high: 150 });
    expect(actual.internalCost).toEqual(actual.initial);
    expect(actual.firstYear).toEqual({ low: 80_000, high: 240_000 });
  });

  it('sizes the audits at 14 auditor-days, a third and two thirds of that in half days', () => {
    expect(actual.auditorDays).toEqual({ initial: 14, surveillance: 4.5, recertification: 9.5 });
  });

  it('counts the three-year cycle: initial, two surveillance audits, recertification and staff time', () => {
    const ongoing = actual.ongoingInternalCost;
    expect(ongoing).toEqual({ low: 16_000, high: 40_000 });
    expect(actual.threeYear).toEqual({
      low: 40_000 + 2 * 10_000 + 20_000 + 40_000 + 2 * ongoing.low,
      high: 120_000 + 2 * 25_000 + 40_000 + 120_000 + 2 * ongoing.high,
    });
  });

  it('gives the same figures from the two required fields alone, and from a readiness score of 0.5', () => {
    const { input: _input, ...expected } = actual;
    for (const input of [{ employees: 250, maturity: 'moderate' }, { employees: 250, maturity: 0.5 }] as const) {
      const { input: _ignored, ...other } = estimate(input);
      expect({ ...other, drivers: other.drivers.map((driver) => driver.firstYear) }).toEqual({
        ...expected,
        drivers: expected.drivers.map((driver) => driver.firstYear),
      });
    }
  });

  it('reports every driver at the reference, changing nothing', () => {
    expect(actual.drivers.map((driver) => driver.id)).toEqual([
      'headcount', 'sites', 'scope', 'maturity', 'certification-body', 'approach', 'grc-tool', 'soc2',
    ]);
    for (const driver of actual.drivers) {
      expect(driver.atReference).toBe(true);
      expect(driver.effect).toMatch(/: no change from the guide$/);
    }
  });
});

describe('maturity bands', () => {
  it.each([
    ['mature', { low: 6, high: 9 }, { low: 10_000, high: 25_000 }],
    ['moderate', { low: 9, high: 12 }, { low: 10_000, high: 40_000 }],
    ['scratch', { low: 12, high: 14 }, { low: 25_000, high: 40_000 }],
  ] as const)('%s: months and implementation support', (maturity, months, implementation) => {
    const actual = estimate({ ...reference, maturity });
    expect(actual.months).toEqual(months);
    expect(line(actual, 'implementation')).toEqual(implementation);
    expect(line(actual, 'gap-analysis')).toEqual({ low: 15_000, high: 40_000 });
  });

  it.each([
    ['mature', [[1.5, 2.5], [1.5, 2.5], [1.5, 2], [1.5, 2]]],
    ['moderate', [[2.5, 3.5], [2.5, 3.5], [2, 2.5], [2, 2.5]]],
    ['scratch', [[3.5, 4], [3.5, 4], [2.5, 3], [2.5, 3]]],
  ] as const)('%s: the four phases add up to the total', (maturity, expected) => {
    const actual = estimate({ ...reference, maturity }).phases;
    expect(actual.map((phase) => phase.id)).toEqual(['design', 'implementation', 'operation', 'audits']);
    expect(actual.map((phase) => [phase.months.low, phase.months.high])).toEqual(expected);
  });

  it('places a readiness score between the bands: 1 is mature, 0 from scratch; more readiness never costs more', () => {
    expect(estimate({ ...reference, maturity: 1 }).months).toEqual({ low: 6, high: 9 });
    expect(estimate({ ...reference, maturity: 0 }).months).toEqual({ low: 12, high: 14 });
    expect(estimate({ ...reference, maturity: 0.75 }).months).toEqual({ low: 7, high: 10 });
    const scores = Array.from({ length: 101 }, (_, index) => index / 100);
    for (const [index, score] of scores.slice(1).entries()) {
      const moreReady = estimate({ ...reference, maturity: score });
      expectNeverLower(moreReady, estimate({ ...reference, maturity: scores[index]! }), `score ${score}`);
    }
  });
});

describe('phases', () => {
  it('fit any total exactly in half months, high end never shorter, inside the published ranges from 8 to 14', () => {
    const published = defaultAssumptions.timeline.phaseMonths;
    for (let low = 3; low <= 24; low += 0.5) {
      for (let high = low; high <= 24; high += 0.5) {
        const actual = splitTimeline({ low, high }, published);
        const sum = (end: keyof Range) => actual.reduce((total, phase) => total + phase.months[end], 0);
        expect([sum('low'), sum('high')]).toEqual([low, high]);
        for (const phase of actual) {
          expect(phase.months.low).toBeLessThanOrEqual(phase.months.high);
          expect(Number.isInteger(phase.months.low * 2) && Number.isInteger(phase.months.high * 2)).toBe(true);
          if (low >= 8 && high <= 14) {
            expect(phase.months.low).toBeGreaterThanOrEqual(published[phase.id].low);
            expect(phase.months.high).toBeLessThanOrEqual(published[phase.id].high);
          }
        }
      }
    }
  });
});

describe('auditor-days by headcount', () => {
  it.each([
    [1, 5], [10, 5], [11, 6], [15, 6], [16, 7], [25, 7], [26, 8.5], [45, 8.5], [46, 10], [65, 10], [66, 11],
    [85, 11], [86, 12], [125, 12], [126, 13], [175, 13], [176, 14], [275, 14], [276, 15], [625, 16.5],
    [1_000, 18.5], [2_026, 22], [10_700, 28], [10_701, 29], [13_375, 29], [13_376, 30], [1_000_000, 49],
  ])('%i employees → %f days', (employees, expected) => {
    expect(tableAuditorDays(employees, defaultAssumptions.auditorDays)).toBe(expected);
  });

  it('never falls as headcount grows', () => {
    let previous = 0;
    for (let employees = 1; employees <= 1_000_000; employees = Math.ceil(employees * 1.01)) {
      const actual = tableAuditorDays(employees, defaultAssumptions.auditorDays);
      expect(actual).toBeGreaterThanOrEqual(previous);
      previous = actual;
    }
  });
});

describe('drivers (properties over seeded random profiles)', () => {
  it('more employees never lower any cost, day or month', () => {
    const { next } = random(1);
    for (const profile of profiles) {
      const more = Math.min(1_000_000, profile.employees + 1 + Math.floor(next() * profile.employees));
      expectNeverLower(estimate(profile), estimate({ ...profile, employees: more }), `${profile.employees} → ${more}`);
    }
  });

  it('more sites never lower any cost, day or month', () => {
    for (const profile of profiles) {
      const more = Math.min(500, profile.sites + 1);
      expectNeverLower(estimate(profile), estimate({ ...profile, sites: more }), `${profile.sites} → ${more} sites`);
    }
  });

  it('a premium body costs at least a standard one, which costs at least a budget one', () => {
    for (const profile of profiles) {
      const [budget, standard, premium] = (['budget', 'standard', 'premium'] as const).map((certificationBody) =>
        estimate({ ...profile, certificationBody }),
      );
      expectNeverLower(budget!, standard!, 'budget → standard');
      expectNeverLower(standard!, premium!, 'standard → premium');
      expect(line(premium!, 'certification-audit').high).toBeGreaterThan(line(budget!, 'certification-audit').high);
    }
  });

  it('in-house lowers consulting fees and raises staff effort; a vCISO sits in between', () => {
    for (const profile of profiles) {
      const [consultant, vciso, inHouse] = (['consultant', 'vciso', 'in-house'] as const).map((approach) =>
        estimate({ ...profile, approach }),
      );
      for (const end of ['low', 'high'] as const) {
        expect(consultingFees(inHouse!)[end]).toBeLessThan(consultingFees(consultant!)[end]);
        expect(inHouse!.internalDays[end]).toBeGreaterThan(consultant!.internalDays[end]);
        expect(consultingFees(vciso!)[end]).toBeLessThanOrEqual(consultingFees(consultant!)[end]);
        expect(consultingFees(vciso!)[end]).toBeGreaterThanOrEqual(consultingFees(inHouse!)[end]);
        expect(vciso!.internalDays[end]).toBeLessThanOrEqual(inHouse!.internalDays[end]);
        expect(vciso!.internalDays[end]).toBeGreaterThanOrEqual(consultant!.internalDays[end]);
      }
    }
  });

  it('SOC 2 adds cost, but less than a second programme built from scratch', () => {
    for (const profile of profiles) {
      const isoOnly = estimate({ ...profile, soc2: false });
      const dual = estimate({ ...profile, soc2: true });
      const secondProgramme = estimate({ ...profile, maturity: 'scratch', soc2: false });
      for (const total of ['firstYear', 'threeYear'] as const) {
        for (const end of ['low', 'high'] as const) {
          const added = dual[total][end] - isoOnly[total][end];
          expect(added).toBeGreaterThan(0);
          expect(added).toBeLessThan(secondProgramme[total][end]);
        }
      }
    }
  });

  it('a GRC tool adds its subscription and cuts staff effort', () => {
    for (const profile of profiles) {
      const without = estimate({ ...profile, grcTool: false });
      const withTool = estimate({ ...profile, grcTool: true });
      expect(line(withTool, 'grc-tool').low).toBeGreaterThan(0);
      expect(withTool.internalDays.high).toBeLessThan(without.internalDays.high);
    }
  });

  it("add up, driver by driver, to the difference from the guide's reference", () => {
    const base = estimate(reference);
    for (const profile of profiles) {
      const actual = estimate(profile);
      for (const field of ['firstYear', 'threeYear', 'months', 'internalDays'] as const) {
        for (const end of ['low', 'high'] as const) {
          const summed = actual.drivers.reduce((total, driver) => total + driver[field][end], 0);
          expect(summed).toBeCloseTo(actual[field][end] - base[field][end], 9);
        }
      }
    }
  });

  it('never produce NaN: every figure is finite, every range ordered, the phases add up', () => {
    for (const profile of profiles) {
      const actual = estimate(profile);
      const { drivers, ...rest } = actual;
      const visit = (value: unknown, path: string): void => {
        if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
        if (typeof value !== 'object' || value === null) return;
        if ('low' in value && 'high' in value) expect((value as Range).low, path).toBeLessThanOrEqual((value as Range).high);
        for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
      };
      visit(rest, 'estimate');
      for (const driver of drivers) {
        for (const field of ['firstYear', 'threeYear', 'months', 'internalDays'] as const) {
          expect(Number.isFinite(driver[field].low) && Number.isFinite(driver[field].high)).toBe(true);
        }
        expect(driver.effect).not.toMatch(/NaN|undefined|Infinity/);
      }
      for (const end of ['low', 'high'] as const) {
        expect(actual.phases.reduce((total, phase) => total + phase.months[end], 0)).toBe(actual.months[end]);
      }
    }
  });

  it.each([
    [{ certificationBody: 'premium' }, 'Premium global certification body, audit fees ×1.4: +$6,000 to +$16,000 in the first year'],
    [{ maturity: 'mature' }, 'Mature programme, 6–9 months to Stage 2: −$12,000 to −$55,000 in the first year'],
    [{ maturity: 'scratch' }, '+2 to +3 months'],
    [{ approach: 'in-house' }, 'In-house team, no consultant, consulting fees $4,000–$10,000 instead of $25,000–$80,000'],
    [{ sites: 3 }, '3 sites, 17 auditor-days instead of 14: the body visits 2 at the initial audit (√3, rounded up)'],
    [{ employees: 1_200 }, '1,200 employees, 19.5 auditor-days instead of 14'],
    [{ soc2: true }, 'SOC 2 alongside ISO 27001, 70–80 % of controls shared: +$'],
    [{ grcTool: true }, 'GRC tool at $10,000–$25,000 a year, saving 25 % of staff effort'],
  ] as const)('say what they changed in plain words: %o', (change, expected) => {
    const actual = estimate({ ...reference, ...change }).drivers.filter((driver) => !driver.atReference);
    expect(actual).toHaveLength(1);
    expect(actual[0]!.effect).toContain(expected);
  });
});

describe('assumptions', () => {
  type Edit = (copy: Assumptions) => unknown;
  const edited = (edit: Edit): Assumptions => {
    const copy = structuredClone(defaultAssumptions);
    edit(copy);
    return copy;
  };
  const loosely = (value: object) => value as Record<string, unknown>;

  it('defaults are the data file, valid, frozen, and a fresh copy resets an edited one', () => {
    expect(parseAssumptions(costModel)).toEqual({ ok: true, assumptions: defaultAssumptions });
    expect(defaultAssumptions).toEqual(costModel);
    expect(() => ((defaultAssumptions.internal as { dayRate: number }).dayRate = 1)).toThrow(TypeError);
    expect(structuredClone(defaultAssumptions)).toEqual(costModel);
  });

  it.each<{ name: string; edit: Edit; input?: Partial<ResolvedEstimateInput>; id: string; expected: Range }>([
    {
      name: 'consultant day rate',
      edit: (copy) => (copy.approaches.consultant.dayRate = 1_500),
      id: 'gap-analysis',
      expected: { low: 18_000, high: 48_000 },
    },
    {
      name: 'certification fee',
      edit: (copy) => (copy.auditFeesAtReference.certification.high = 50_000),
      id: 'certification-audit',
      expected: { low: 15_000, high: 50_000 },
    },
    {
      name: 'surveillance fee',
      edit: (copy) => (copy.auditFeesAtReference.surveillance.high = 30_000),
      id: 'surveillance',
      expected: { low: 10_000, high: 30_000 },
    },
    {
      name: 'premium multiplier',
      edit: (copy) => (copy.certificationBodyMultiplier.premium = 2),
      input: { certificationBody: 'premium' },
      id: 'certification-audit',
      expected: { low: 30_000, high: 80_000 },
    },
    {
      name: 'tool price',
      edit: (copy) => (copy.grcTool.annualPrice = { low: 5_000, high: 6_000 }),
      input: { grcTool: true },
      id: 'grc-tool',
      expected: { low: 5_000, high: 6_000 },
    },
  ])('an edited $name flows through to its line item', ({ edit, input, id, expected }) => {
    expect(line(estimate({ ...reference, ...input }, edited(edit)), id)).toEqual(expected);
  });

  it('edited staff rates and timelines flow through', () => {
    const dearerStaff = edited((copy) => (copy.internal.dayRate = 1_000));
    expect(estimate(reference, dearerStaff).internalCost).toEqual({ low: 50_000, high: 150_000 });
    const slower = edited((copy) => (copy.maturity.moderate.months = { low: 9, high: 13 }));
    expect(estimate(reference, slower).months).toEqual({ low: 9, high: 13 });
  });

  it.each<[string, Edit, string]>([
    ['a negative day rate', (copy) => (copy.internal.dayRate = -5), 'internal.dayRate: must be more than 0'],
    ['a low above its high', (copy) => (copy.gapAnalysisDays = { low: 40, high: 10 }), 'gapAnalysisDays: low must not exceed high'],
    ['a share above 1', (copy) => (copy.grcTool.internalEffortReduction = 1.5), 'grcTool.internalEffortReduction: must be between 0'],
    ['a shrinking headcount table', (copy) => (copy.auditorDays.byHeadcount[3]!.days = 1), 'auditorDays.byHeadcount: rows must grow'],
    ['a cheap premium body', (copy) => (copy.certificationBodyMultiplier.premium = 0.5), 'certificationBodyMultiplier: a budget body'],
    ['bands out of order', (copy) => (copy.maturity.mature.score = 0.1), 'maturity: band scores must rise'],
    ['a slow mature band', (copy) => (copy.maturity.mature.months = { low: 10, high: 13 }), 'maturity: a more mature organization'],
    ['text where a number belongs', (copy) => (loosely(copy.internal).dayRate = '800'), 'internal.dayRate'],
    ['an unknown setting', (copy) => (loosely(copy).discount = 0.1), 'discount'],
  ])('rejects %s with a message that names the field', (_name, edit, expected) => {
    const actual = parseAssumptions(edited(edit));
    expect(actual.ok).toBe(false);
    expect(actual.ok ? '' : actual.errors.join('\n')).toContain(expected);
  });

  it('estimate() refuses invalid assumptions instead of showing NaN', () => {
    expect(() => estimate(reference, edited((copy) => (copy.internal.dayRate = Number.NaN)))).toThrow(/Invalid assumptions/);
  });
});

describe('input validation', () => {
  const headcount = 'Headcount must be a whole number of at least 1';
  const sites = 'Sites must be a whole number between 1 and 500';
  const maturity = 'Maturity must be mature, moderate, scratch or a readiness score between 0 and 1';

  it.each([
    [{ employees: -5 }, headcount],
    [{ employees: 0 }, headcount],
    [{ employees: 12.5 }, headcount],
    [{ employees: 'many' }, 'Type the headcount in digits, like 250 or 1,200.'],
    [{ employees: Number.NaN }, headcount],
    [{ employees: Number.POSITIVE_INFINITY }, headcount],
    [{ employees: '' }, 'Headcount is required'],
    [{ employees: undefined }, 'Headcount is required'],
    [{ employees: 2_000_000 }, 'Headcount must be at most 1,000,000'],
    [{ sites: 0 }, sites],
    [{ sites: 501 }, sites],
    [{ sites: 1.5 }, sites],
    [{ sites: 'two' }, sites],
    [{ maturity: 1.2 }, maturity],
    [{ maturity: -0.1 }, maturity],
    [{ maturity: 'great' }, maturity],
    [{ maturity: '' }, 'Maturity is required'],
    [{ scope: 'everything' }, 'Scope must be one of: narrow, typical, broad'],
    [{ certificationBody: 'cheap' }, 'Certification body must be one of: budget, standard, premium'],
    [{ approach: 'intern' }, 'Approach must be one of: consultant, vciso, in-house'],
    [{ grcTool: 'yes' }, 'GRC tool must be true or false'],
    [{ soc2: 1 }, 'SOC 2 must be true or false'],
    [{ headcount: 250 }, 'Unknown field: headcount'],
  ])('rejects %o: "%s"', (change, expected) => {
    const actual = parseEstimateInput({ employees: 250, maturity: 'moderate', ...change });
    expect(actual).toEqual({ ok: false, errors: [expected] });
  });

  it.each([null, 42, 'estimate', [], undefined])('rejects %o as a whole', (raw) => {
    const expected = { ok: false, errors: ['The estimate needs its driver values (headcount, maturity, …)'] };
    expect(parseEstimateInput(raw)).toEqual(expected);
  });

  it('reads form text and fills in the defaults', () => {
    const form = { employees: ' 1,200 ', maturity: '0.6', sites: '', approach: 'vciso', grcTool: null };
    const actual = parseEstimateInput(form);
    const expected: ResolvedEstimateInput = { ...reference, employees: 1_200, maturity: 0.6, approach: 'vciso' };
    expect(actual).toEqual({ ok: true, input: expected });
  });

  it('never throws and always explains, whatever it is given', () => {
    const { pick } = random(42);
    const junk = [-1, 0, 0.5, 1e9, Number.NaN, Number.POSITIVE_INFINITY, '', ' ', 'abc', null, {}, [], true, '1e400', -0.5];
    for (let round = 0; round < 300; round += 1) {
      const raw = { employees: pick(junk), maturity: pick([...junk, 'moderate']), sites: pick(junk), approach: pick(junk) };
      const actual = parseEstimateInput(raw);
      if (actual.ok) throw new Error(`accepted ${JSON.stringify(raw)}`);
      expect(actual.errors.length).toBeGreaterThan(0);
      for (const error of actual.errors) expect(error).toMatch(/^[A-Z][^\n]{10,}$/);
    }
  });

  it('estimate() refuses invalid input with the same message instead of showing NaN', () => {
    expect(() => estimate({ employees: -3, maturity: 'moderate' } as EstimateInput)).toThrow(headcount);
  });
});
