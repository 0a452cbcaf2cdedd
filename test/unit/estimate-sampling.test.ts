import { describe, expect, it } from 'vitest';
import { costModel } from '../../data/cost-model';
import { defaultAssumptions, estimate, maxSites, parseAssumptions, type Estimate, type EstimateInput } from '../../lib/estimate';
import { prng } from '../fixtures/random';

const reference: EstimateInput = { employees: 250, maturity: 'moderate' };
const fee = (result: Estimate, id: string) => result.lineItems.find((line) => line.id === id)!;

describe('several sites are sampled as accreditation rules say (IAF MD 1)', () => {
  it.each([
    // sites, visited at the initial audit / each surveillance / recertification, initial auditor-days for 250 people
    [1, [1, 1, 1], 14],
    [2, [2, 1, 2], 17],
    [4, [2, 2, 2], 17],
    [7, [3, 2, 3], 21],
    [9, [3, 2, 3], 21],
    [10, [4, 2, 3], 21],
    [50, [8, 5, 6], 28],
    [500, [23, 14, 18], 80.5],
  ] as const)('%i sites: visits %o, %f auditor-days at the initial audit', (sites, [initial, surveillance, recertification], days) => {
    const result = estimate({ ...reference, sites });
    expect(result.sitesVisited).toEqual({ initial, surveillance, recertification });
    expect(result.auditorDays.initial).toBe(days);
  });

  it('500 sites cost more to audit than 7, and 7 more than one', () => {
    const [one, seven, many] = [1, 7, 500].map((sites) => estimate({ ...reference, sites }));
    expect(fee(seven!, 'certification-audit').low).toBeGreaterThan(fee(one!, 'certification-audit').low);
    expect(fee(many!, 'certification-audit').low).toBeGreaterThan(fee(seven!, 'certification-audit').low);
    expect(many!.threeYear.high).toBeGreaterThan(seven!.threeYear.high);
  });

  it('sites change the audits only: consulting, staff effort and months stay where one site puts them', () => {
    const next = prng(7);
    for (let run = 0; run < 50; run += 1) {
      const employees = 1 + Math.floor(next() * 5_000);
      const sites = 2 + Math.floor(next() * (maxSites - 1));
      const maturity = next();
      const one = estimate({ employees, maturity });
      const several = estimate({ employees, maturity, sites });
      const context = `${employees} people, ${sites} sites`;
      for (const id of ['gap-analysis', 'implementation']) expect(fee(several, id), `${context}: ${id}`).toEqual(fee(one, id));
      expect(several.internalDays, context).toEqual(one.internalDays);
      expect(several.months, context).toEqual(one.months);
      expect(several.auditorDays.initial, context).toBeGreaterThanOrEqual(one.auditorDays.initial);
    }
  });

  it('a site more never lowers an audit, over a sample of site counts', () => {
    const next = prng(11);
    for (let run = 0; run < 50; run += 1) {
      const employees = 1 + Math.floor(next() * 20_000);
      const sites = 1 + Math.floor(next() * (maxSites - 1));
      const [before, after] = [sites, sites + 1].map((count) => estimate({ ...reference, employees, sites: count }));
      for (const audit of ['initial', 'surveillance', 'recertification'] as const) {
        expect(after!.auditorDays[audit], `${employees} people, ${sites} → ${sites + 1} sites: ${audit}`).toBeGreaterThanOrEqual(
          before!.auditorDays[audit],
        );
      }
    }
  });

  it("says so in the sites driver's words", () => {
    const sites = estimate({ ...reference, sites: 7 }).drivers.find((driver) => driver.id === 'sites')!;
    expect(sites.effect).toContain('7 sites, 21 auditor-days instead of 14');
    expect(sites.effect).toContain('visits 3 at the initial audit (√7, rounded up), 2 at each surveillance audit and 3 at recertification');
    expect(sites.effect).toContain('consulting and staff effort do not change with sites');
    expect(sites.months).toEqual({ low: 0, high: 0 });
    expect(sites.internalDays).toEqual({ low: 0, high: 0 });
  });

  it('a rate card saved with the old flat share per site still loads, with the sampling defaults', () => {
    const { siteSampling: _sampling, ...rest } = costModel.auditorDays;
    const old = { ...structuredClone(costModel), auditorDays: { ...structuredClone(rest), perAdditionalSite: 0.15, maxSiteUplift: 1 } };
    const parsed = parseAssumptions(old);
    expect(parsed.ok && parsed.assumptions.auditorDays).toEqual(defaultAssumptions.auditorDays);
  });

  it('refuses a sampling factor above 1, naming the field', () => {
    const copy = structuredClone(costModel);
    copy.auditorDays.siteSampling.initial = 1.5;
    expect(parseAssumptions(copy)).toEqual({ ok: false, errors: ['auditorDays.siteSampling.initial: must be at most 1'] });
  });
});
