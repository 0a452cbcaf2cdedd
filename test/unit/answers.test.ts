import { describe, expect, it } from 'vitest';
import { checkAnswer, withLevel, type Answer } from '../../lib/answers';
import { parseHeadcount, parseOrganization } from '../../lib/assessment-input';

describe('which answers are accepted', () => {
  it.each<[string, string[], Answer, boolean]>([
    ['a level on a clause', ['6.1.2'], { level: 0 }, true],
    ["don't know on a clause", ['9.2.2'], { level: 'dont-know' }, true],
    ['N/A on a clause, even justified', ['6.1.2'], { level: 'na', justification: 'we are small' }, false],
    ['N/A on a question that covers a clause', ['5.2', 'A.5.1'], { level: 'na', justification: 'x' }, false],
    ['N/A on a control without a justification', ['A.7.4'], { level: 'na' }, false],
    ['N/A on a control with a blank justification', ['A.7.4'], { level: 'na', justification: '   ' }, false],
    ['N/A on a control with a justification', ['A.7.4'], { level: 'na', justification: 'No offices: fully remote' }, true],
    ['N/A on a controls-only question', ['A.7.1', 'A.7.2'], { level: 'na', justification: 'Fully remote' }, true],
    ['an SoA inclusion on a control', ['A.8.13'], { level: 3, inclusionReason: 'contract', inclusionJustification: 'SLA' }, true],
    ['an SoA inclusion kept on a control marked N/A', ['A.8.13'], { level: 'na', justification: 'No data', inclusionJustification: 'SLA' }, true],
    ['an SoA inclusion on a clause', ['6.1.2'], { level: 3, inclusionJustification: 'we must' }, false],
    ['an SoA inclusion reason on a question covering a clause', ['5.2', 'A.5.1'], { level: 2, inclusionReason: 'business' }, false],
  ])('%s → %s', (_, covers, answer, expected) => {
    expect(checkAnswer({ covers }, answer).ok).toBe(expected);
  });

  it('names the clause when refusing N/A', () => {
    expect(checkAnswer({ covers: ['4.3'] }, { level: 'na', justification: 'x' })).toEqual({
      ok: false,
      error: expect.stringContaining('4.3'),
    });
  });
});

describe('changing a level', () => {
  it('keeps note, evidence and owner, and drops a justification that no longer applies', () => {
    const previous: Answer = { level: 'na', justification: 'remote', note: 'n', evidence: true, owner: 'Kim' };
    expect(withLevel(previous, 3)).toEqual({ level: 3, note: 'n', evidence: true, owner: 'Kim' });
  });

  it('keeps the SoA inclusion through N/A and back, so nothing written is lost', () => {
    const included: Answer = { level: 2, inclusionReason: 'legal', inclusionJustification: 'GDPR applies' };
    const excluded = withLevel(included, 'na', 'No personal data');
    expect(excluded).toEqual({ level: 'na', justification: 'No personal data', inclusionReason: 'legal', inclusionJustification: 'GDPR applies' });
    expect(withLevel(excluded, 3)).toEqual({ level: 3, inclusionReason: 'legal', inclusionJustification: 'GDPR applies' });
  });

  it('stores a trimmed justification with N/A', () => {
    expect(withLevel({ level: 1 }, 'na', '  fully remote  ')).toEqual({ level: 'na', justification: 'fully remote' });
  });
});

describe('typed assessment fields', () => {
  it.each([
    ['250', { ok: true, value: 250 }],
    [' 1,200 ', { ok: true, value: 1200 }],
    ['1', { ok: true, value: 1 }],
    ['0', { ok: false }],
    ['-5', { ok: false }],
    ['12.5', { ok: false }],
    ['', { ok: false }],
    ['lots', { ok: false }],
    ['2000000', { ok: false }],
  ])('headcount %j', (text, expected) => {
    expect(parseHeadcount(text)).toMatchObject(expected);
  });

  it.each([
    ['Acme', true],
    ['   ', false],
    ['x'.repeat(201), false],
  ])('organization %j accepted: %s', (text, expected) => {
    expect(parseOrganization(text).ok).toBe(expected);
  });
});
