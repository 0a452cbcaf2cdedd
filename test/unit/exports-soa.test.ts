import { describe, expect, it } from 'vitest';
import type { Answers } from '../../lib/answers';
import { loadCatalog } from '../../lib/catalog';
import { buildSoa, missingJustification, toSoaCsv, type SoaRow } from '../../lib/exports/soa';
import { fixtureReport } from '../fixtures/report';

const catalog = loadCatalog();

describe('buildSoa', () => {
  it('lists all 93 controls in catalog order, applicable unless marked N/A, "Not assessed" when unanswered', () => {
    const actual = buildSoa(catalog, {});
    expect(actual).toHaveLength(93);
    expect(actual.map((row) => row.id)).toEqual(catalog.items.filter((item) => item.kind === 'control').map((item) => item.id));
    expect(actual.every((row) => row.applicable && row.status === 'Not assessed' && row.justification === '')).toBe(true);
  });

  it.each<[string, Answers, Partial<SoaRow>]>([
    ['implemented with evidence and an owner', { 'A.8.13': { level: 3, evidence: true, owner: ' IT ', note: 'Nightly, tested monthly' } },
      { applicable: true, justification: '', status: '3 Implemented', evidence: true, owner: 'IT', note: 'Nightly, tested monthly' }],
    ['not applicable, with its justification', { 'A.8.13': { level: 'na', justification: ' No data of our own. ' } },
      { applicable: false, justification: 'No data of our own.', status: 'Not applicable', evidence: null }],
    ['not applicable without a justification (a hand-made record)', { 'A.8.13': { level: 'na' } },
      { applicable: false, justification: missingJustification }],
    ["not known", { 'A.8.13': { level: 'dont-know', evidence: false } }, { applicable: true, status: "Don't know", evidence: false }],
    ['not in place', { 'A.8.13': { level: 0 } }, { status: '0 Not in place' }],
  ])('%s', (_, answers, expected) => {
    const actual = buildSoa(catalog, answers).find((row) => row.id === 'A.8.13');
    expect(actual).toMatchObject(expected);
  });
});

describe('toSoaCsv', () => {
  const csv = toSoaCsv(catalog, fixtureReport().answers);

  it('is UTF-8 with a byte order mark, CRLF lines, a header and 93 rows', () => {
    expect(csv.startsWith('\uFEFFControl,Title,Theme,Applicable,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(94);
  });

  it('neutralises formulas in user text', () => {
    const actual = csv.split('\r\n').find((line) => line.startsWith('A.5.5,'));
    expect(actual).toBe("A.5.5,Contact with authorities,A.5,Yes,,0 Not in place,,'-2+3,'=cmd|' /C calc'!A0");
  });

  it('matches the snapshot of the fixture', () => {
    expect(csv.slice(1).split('\r\n')).toMatchSnapshot();
  });
});
