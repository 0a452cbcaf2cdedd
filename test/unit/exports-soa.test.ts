import { describe, expect, it } from 'vitest';
import type { Answers } from '../../lib/answers';
import { loadCatalog } from '../../lib/catalog';
import { parseCsv } from '../fixtures/csv';
import { buildSoa, missingJustification, soaCsvHeader, suggestedSummary, toSoaCsv, type SoaRow } from '../../lib/exports/soa';
import { fixtureReport } from '../fixtures/report';

const catalog = loadCatalog();
const backup = catalog.items.find((item) => item.id === 'A.8.13')!;

describe('buildSoa', () => {
  it('lists all 93 controls in catalog order, applicable unless marked N/A, "Not assessed" when unanswered', () => {
    const actual = buildSoa(catalog, {});
    expect(actual).toHaveLength(93);
    expect(actual.map((row) => row.id)).toEqual(catalog.items.filter((item) => item.kind === 'control').map((item) => item.id));
    expect(actual.every((row) => row.applicable && row.status === 'Not assessed')).toBe(true);
  });

  it('gives every applicable control a reason and a justification for its inclusion, suggested until written', () => {
    const actual = buildSoa(catalog, {});
    for (const row of actual) {
      expect(row.reason, row.id).toMatch(/^(risk|legal|contract|business)$/);
      expect(row.justification.length, row.id).toBeGreaterThan(20);
      expect(row.suggested, row.id).toBe(true);
    }
    // Suggestions are written for each control, not one sentence pasted everywhere.
    expect(new Set(actual.map((row) => row.justification)).size).toBe(93);
  });

  it.each<[string, Answers, Partial<SoaRow>]>([
    ['implemented with evidence and an owner', { 'A.8.13': { level: 3, evidence: true, owner: ' IT ', note: 'Nightly, tested monthly' } },
      { applicable: true, reason: backup.inclusion!.reason, justification: backup.inclusion!.text, suggested: true, status: '3 Implemented', evidence: true, owner: 'IT', note: 'Nightly, tested monthly' }],
    ['included, with its own reason and justification', { 'A.8.13': { level: 2, inclusionReason: 'contract', inclusionJustification: ' Our SLA promises restores. ' } },
      { applicable: true, reason: 'contract', justification: 'Our SLA promises restores.', suggested: false }],
    ['included, with its own justification and the suggested reason', { 'A.8.13': { level: 2, inclusionJustification: 'Ransomware is our top risk.' } },
      { reason: backup.inclusion!.reason, justification: 'Ransomware is our top risk.', suggested: false }],
    ['a blank own justification falls back to the suggestion', { 'A.8.13': { level: 2, inclusionJustification: '   ' } },
      { justification: backup.inclusion!.text, suggested: true }],
    ['not applicable, with its justification', { 'A.8.13': { level: 'na', justification: ' No data of our own. ' } },
      { applicable: false, reason: null, justification: 'No data of our own.', suggested: false, status: 'Not applicable', evidence: null }],
    ['not applicable, keeping an inclusion written before out of the SoA', { 'A.8.13': { level: 'na', justification: 'No data.', inclusionJustification: 'Old reason' } },
      { applicable: false, reason: null, justification: 'No data.' }],
    ['not applicable without a justification (a hand-made record)', { 'A.8.13': { level: 'na' } },
      { applicable: false, justification: missingJustification, suggested: false }],
    ["not known", { 'A.8.13': { level: 'dont-know', evidence: false } }, { applicable: true, status: "Don't know", evidence: false }],
    ['not in place', { 'A.8.13': { level: 0 } }, { status: '0 Not in place' }],
  ])('%s', (_, answers, expected) => {
    const actual = buildSoa(catalog, answers).find((row) => row.id === 'A.8.13');
    expect(actual).toMatchObject(expected);
  });

  it('works with a catalog stored by an older version, which has no suggestions', () => {
    const older = { ...catalog, items: catalog.items.map(({ inclusion: _inclusion, ...item }) => item) };
    const actual = buildSoa(older, { 'A.8.13': { level: 3 } }).find((row) => row.id === 'A.8.13');
    expect(actual).toMatchObject({ applicable: true, reason: null, justification: '', suggested: false });
  });

  it('counts the inclusions still resting on a suggestion', () => {
    expect(suggestedSummary(buildSoa(catalog, {}))).toMatch(/^93 applicable controls still carry a suggested justification/);
    const written = Object.fromEntries(catalog.items.filter((item) => item.kind === 'control').map((item) => [item.id, { level: 3 as const, inclusionJustification: 'Ours.' }]));
    expect(suggestedSummary(buildSoa(catalog, written))).toBe('Every applicable control has a justification written for this assessment.');
  });
});

describe('toSoaCsv', () => {
  const csv = toSoaCsv(catalog, fixtureReport().answers);
  const rows = parseCsv(csv.slice(1));
  const row = (control: string) => Object.fromEntries(soaCsvHeader.map((column, at) => [column, rows.find((cells) => cells[0] === control)![at]]));

  it('is UTF-8 with a byte order mark, CRLF lines, a header and 93 rows', () => {
    expect(csv.startsWith('\uFEFFControl,Title,Theme,Applicable,Reason for inclusion,Justification (inclusion or exclusion),')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(94);
  });

  it('carries the reason for an applicable control and the justification for an excluded one', () => {
    expect(row('A.5.5')).toMatchObject({ Applicable: 'Yes', 'Reason for inclusion': 'Legal or regulatory', 'Justification source': 'Suggested' });
    expect(row('A.8.13')).toMatchObject({ 'Reason for inclusion': 'Contractual', 'Justification source': 'Written' });
    expect(row('A.7.5')).toMatchObject({
      Applicable: 'No',
      'Reason for inclusion': '',
      'Justification (inclusion or exclusion)': 'Fully remote: no offices, "cloud only" <datacentre>',
      'Justification source': 'Written',
    });
  });

  it('neutralises formulas in user text, the inclusion justification included', () => {
    expect(row('A.5.5')).toMatchObject({ Owner: "'-2+3", Note: "'=cmd|' /C calc'!A0" });
    expect(row('A.8.13')['Justification (inclusion or exclusion)']).toBe('\'=1+1 Customer contracts promise "daily" <backups> & restores');
    expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
  });

  it('matches the snapshot of the fixture', () => {
    expect(csv.slice(1).split('\r\n')).toMatchSnapshot();
  });
});
