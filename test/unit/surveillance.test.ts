import { describe, expect, it } from 'vitest';
import { isoDate } from '../../lib/calendar';
import { estimate } from '../../lib/estimate';
import type { Intake } from '../../lib/intake';
import { certificateStatus, cycleCosts, surveillanceOutlook } from '../../lib/surveillance';
import type { Stage2Finding } from '../../lib/scoring';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const holding = (kind: 'iso27001-2022' | 'iso27001-2013', issued: string): Intake => ({ certifications: [{ kind, issued }], frameworks: [] });

describe('where a certificate stands', () => {
  it.each([
    ['2026-12-02', 'surveillance-1', '2027-03-14', ['surveillance-1', 'surveillance-2', 'recertification']],
    ['2027-03-14', 'surveillance-2', '2028-03-14', ['surveillance-2', 'recertification']],
    ['2028-06-01', 'recertification', '2029-03-14', ['recertification']],
  ])('a 2022 certificate issued 2026-03-14, on %s: next %s by %s', (today, next, dueBy, remaining) => {
    const actual = certificateStatus(holding('iso27001-2022', '2026-03-14'), day(today));
    expect(actual.kind).toBe('current');
    if (actual.kind !== 'current') return;
    expect(actual.next.audit).toBe(next);
    expect(isoDate(actual.next.dueBy)).toBe(dueBy);
    expect(actual.remaining.map((due) => due.audit)).toEqual(remaining);
    expect(isoDate(actual.expires)).toBe('2029-03-14');
  });

  it('a 2022 certificate past its three years has lapsed', () => {
    const actual = certificateStatus(holding('iso27001-2022', '2022-11-01'), day('2025-11-01'));
    expect(actual).toEqual({ kind: 'lapsed', edition: '2022', lapsedOn: day('2025-11-01') });
  });

  it('a 2013 certificate lapsed when its three years ran out, or on 31 October 2025 at the latest', () => {
    expect(certificateStatus(holding('iso27001-2013', '2021-06-01'), day('2026-12-02'))).toEqual({ kind: 'lapsed', edition: '2013', lapsedOn: day('2024-06-01') });
    expect(certificateStatus(holding('iso27001-2013', '2023-06-01'), day('2026-12-02'))).toEqual({ kind: 'lapsed', edition: '2013', lapsedOn: day('2025-10-31') });
    expect(certificateStatus(holding('iso27001-2013', '2023-06-01'), day('2025-01-01'))).toEqual({ kind: 'none' });
  });

  it('a 2022 certificate wins over a 2013 one; nothing held is no certificate', () => {
    const both: Intake = { certifications: [{ kind: 'iso27001-2022', issued: '2026-01-10' }, { kind: 'iso27001-2013', issued: '2020-01-01' }], frameworks: [] };
    expect(certificateStatus(both, day('2026-12-02')).kind).toBe('current');
    expect(certificateStatus(undefined, day('2026-12-02'))).toEqual({ kind: 'none' });
    expect(certificateStatus({ certifications: [{ kind: 'soc2-type2' }], frameworks: [] }, day('2026-12-02'))).toEqual({ kind: 'none' });
  });
});

describe('the rest of the cycle', () => {
  const reference = estimate({ employees: 250, maturity: 'moderate' });

  it('prices each audit left from the estimate: the reference profile gives the guide figures', () => {
    const status = certificateStatus(holding('iso27001-2022', '2026-03-14'), day('2026-12-02'));
    if (status.kind !== 'current') throw new Error('expected a current certificate');
    const actual = cycleCosts(reference, status.remaining);
    expect(actual.audits.map(({ audit, low, high }) => [audit, low, high])).toEqual([
      ['surveillance-1', 10_000, 25_000],
      ['surveillance-2', 10_000, 25_000],
      ['recertification', 20_000, 40_000],
    ]);
    expect(actual.total).toEqual({ low: 40_000, high: 90_000 });
  });

  it('counts only what is left: in the third year, the recertification alone', () => {
    const status = certificateStatus(holding('iso27001-2022', '2024-03-14'), day('2026-12-02'));
    if (status.kind !== 'current') throw new Error('expected a current certificate');
    expect(cycleCosts(reference, status.remaining).total).toEqual({ low: 20_000, high: 40_000 });
  });
});

describe('the next audit’s likely findings', () => {
  it('keeps the graded findings, worst first, and counts majors and minors', () => {
    const finding = (itemId: string, grade: Stage2Finding['grade']): Stage2Finding => ({ itemId, grade, level: 1, title: itemId, weight: 2, reason: '' });
    const actual = surveillanceOutlook([finding('9.2.2', 'likely-major'), finding('A.8.13', 'likely-minor'), finding('A.5.7', 'to-confirm')]);
    expect(actual.findings.map((item) => item.itemId)).toEqual(['9.2.2', 'A.8.13']);
    expect([actual.major, actual.minor]).toEqual([1, 1]);
  });
});
