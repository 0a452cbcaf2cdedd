import { describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../lib/catalog';
import type { Answers, Level } from '../../lib/answers';
import { confidenceOf, overallWeights, scoreAssessment, scoringFormula, type GroupScore, type Score } from '../../lib/scoring';
import { prng } from '../fixtures/random';

const catalog = loadCatalog();
const clauseIds = catalog.items.filter((item) => item.kind === 'clause').map((item) => item.id);
const controlIds = catalog.items.filter((item) => item.kind === 'control').map((item) => item.id);
const mandatoryItemIds = ['4.3', '5.2', '6.1.2', '6.1.3', '6.2', '7.2', '7.5.1', '8.1', '8.2', '8.3', '9.1', '9.2.2', '9.3.3', '10.2'];
const annexADocumentItemIds = ['A.5.1', 'A.5.9', 'A.5.10', 'A.5.24', 'A.5.31', 'A.5.37', 'A.6.6', 'A.8.9', 'A.8.27'];

function answersOf(levels: Record<string, Level>): Answers {
  const answers: Answers = {};
  for (const [id, level] of Object.entries(levels)) answers[id] = { level };
  return answers;
}

function allAt(level: Level, ids = catalog.items.map((item) => item.id)): Record<string, Level> {
  return Object.fromEntries(ids.map((id) => [id, level]));
}

const score = (levels: Record<string, Level>) => scoreAssessment(catalog, answersOf(levels));

/** Every score the result carries, named, so properties can compare them one by one. */
function scoresOf(result: Score): Array<[string, number | null]> {
  return [
    ...Object.entries(result.clauses).map(([id, group]): [string, number | null] => [`clause ${id}`, group.score]),
    ...Object.entries(result.themes).map(([id, group]): [string, number | null] => [`theme ${id}`, group.score]),
    ['management', result.management.score],
    ['controls', result.controls.score],
    ['overall', result.overall],
  ];
}

function coveragesOf(result: Score): number[] {
  return [
    ...Object.values(result.clauses).map((group) => group.coverage),
    ...Object.values(result.themes).map((group) => group.coverage),
    result.management.coverage,
    result.controls.coverage,
    result.coverage,
  ];
}

describe('group scores', () => {
  it.each<[string, Record<string, Level>, 'clauses' | 'themes', string, GroupScore]>([
    ['all of clause 4 at 2', allAt(2, ['4.1', '4.2', '4.3', '4.4']), 'clauses', '4',
      { score: 0.5, coverage: 1, answered: 4, applicable: 4, dontKnow: 0, notApplicable: 0 }],
    // (2·4/4 + 2·0/4 + 3·2/4) / (2 + 2 + 3) = 3.5 / 7
    ['4.1 at 4, 4.2 at 0, 4.3 at 2, 4.4 not known', { '4.1': 4, '4.2': 0, '4.3': 2, '4.4': 'dont-know' }, 'clauses', '4',
      { score: 0.5, coverage: 0.75, answered: 3, applicable: 4, dontKnow: 1, notApplicable: 0 }],
    // weights 3 and 2: (3·1 + 2·0) / 5
    ['4.3 (weight 3) at 4 and 4.1 (weight 2) at 0', { '4.3': 4, '4.1': 0 }, 'clauses', '4',
      { score: 0.6, coverage: 0.5, answered: 2, applicable: 4, dontKnow: 0, notApplicable: 0 }],
    ['nothing answered', {}, 'clauses', '5',
      { score: null, coverage: 0, answered: 0, applicable: 3, dontKnow: 0, notApplicable: 0 }],
    ['N/A on clause 4.1, which is mandatory', { '4.1': 'na' }, 'clauses', '4',
      { score: null, coverage: 0, answered: 0, applicable: 4, dontKnow: 0, notApplicable: 0 }],
    ['every control of A.6 not applicable', allAt('na', controlIds.filter((id) => id.startsWith('A.6.'))), 'themes', 'A.6',
      { score: null, coverage: 1, answered: 0, applicable: 0, dontKnow: 0, notApplicable: 8 }],
    // A.6.1 weight 3 at 3, A.6.4 weight 1 at 1: (3·3/4 + 1·1/4) / 4 = 2.5 / 4
    ['A.6.1 at 3, A.6.4 at 1, A.6.8 not applicable', { 'A.6.1': 3, 'A.6.4': 1, 'A.6.8': 'na' }, 'themes', 'A.6',
      { score: 0.625, coverage: 2 / 7, answered: 2, applicable: 7, dontKnow: 0, notApplicable: 1 }],
  ])('%s', (_, levels, kind, group, expected) => {
    const result = score(levels);
    const actual = kind === 'clauses' ? result.clauses[group as '4'] : result.themes[group as 'A.5'];
    expect(actual).toEqual(expected);
  });
});

describe('overall readiness', () => {
  it.each<[string, Record<string, Level>, Pick<Score, 'overall' | 'coverage'> & { management: number | null; controls: number | null }]>([
    ['nothing answered', {}, { overall: null, management: null, controls: null, coverage: 0 }],
    ['only clause 4, at 2', allAt(2, ['4.1', '4.2', '4.3', '4.4']), { overall: 0.5, management: 0.5, controls: null, coverage: 4 / 123 }],
    ['only A.6.1, at 3', { 'A.6.1': 3 }, { overall: 0.75, management: null, controls: 0.75, coverage: 1 / 123 }],
    ['clauses at 4, controls at 0', { ...allAt(4, clauseIds), ...allAt(0, controlIds) }, { overall: 0.5, management: 1, controls: 0, coverage: 1 }],
    ['clauses at 4, controls at 2', { ...allAt(4, clauseIds), ...allAt(2, controlIds) }, { overall: 0.75, management: 1, controls: 0.5, coverage: 1 }],
    ['clauses at 1, every control not applicable', { ...allAt(1, clauseIds), ...allAt('na', controlIds) }, { overall: 0.25, management: 0.25, controls: null, coverage: 1 }],
    ['clauses not known, controls at 4', { ...allAt('dont-know', clauseIds), ...allAt(4, controlIds) }, { overall: 1, management: null, controls: 1, coverage: 93 / 123 }],
  ])('%s', (_, levels, expected) => {
    const result = score(levels);
    const actual = { overall: result.overall, management: result.management.score, controls: result.controls.score, coverage: result.coverage };
    expect(actual).toEqual(expected);
  });

  it('weighs management and controls half and half, and says so in the formula', () => {
    expect(overallWeights).toEqual({ management: 0.5, controls: 0.5 });
    expect(scoringFormula.match(/50 %/g)).toHaveLength(2);
  });
});

describe('verdict', () => {
  it('lists Stage 1 blockers worst first: 0, then don\'t know, then unanswered, then 1', () => {
    const levels: Record<string, Level> = { ...allAt(3, clauseIds), '4.3': 1, '6.2': 0, '7.2': 'dont-know', '6.1.3': 'na' };
    delete levels['5.2'];
    const result = score(levels);
    const expected = {
      verdict: 'not-ready',
      stage1Blockers: ['6.2', '7.2', '5.2', '6.1.3', '4.3'],
      stage1Findings: [
        ['information-security-objectives', '6.2', 0],
        ['evidence-of-competence', '7.2', 'dont-know'],
        ['information-security-policy', '5.2', 'unanswered'],
        ['risk-treatment-process', '6.1.3', 'unanswered'],
        ['statement-of-applicability', '6.1.3', 'unanswered'],
        ['risk-treatment-plan', '6.1.3', 'unanswered'],
        ['isms-scope', '4.3', 1],
      ],
    };
    const actual = {
      verdict: result.verdict,
      stage1Blockers: result.stage1Blockers,
      stage1Findings: result.stage1Findings.map((finding) => [finding.documentId, finding.itemId, finding.level]),
    };
    expect(actual).toEqual(expected);
    expect(result.stage1Findings[0]?.why).toBe(catalog.mandatoryDocuments.find((doc) => doc.id === 'information-security-objectives')?.why);
  });

  it('lists Stage 2 blockers by level, then weight, clauses before controls, then catalog order', () => {
    const levels: Record<string, Level> = {
      ...allAt(3), 'A.6.4': 0, '4.1': 'dont-know', 'A.6.1': 2, 'A.6.3': 2, '6.3': 2, '9.2.1': 2, 'A.6.5': 'na',
    };
    delete levels['A.6.2'];
    const result = score(levels);
    expect(result.verdict).toBe('stage1-ready');
    expect(result.stage1Blockers).toEqual([]);
    expect(result.stage2Blockers).toEqual(['A.6.4', '4.1', 'A.6.2', '9.2.1', 'A.6.1', 'A.6.3', '6.3']);
    const actual = result.stage2Findings.map((finding) => [finding.itemId, finding.level, finding.weight, finding.grade]);
    expect(actual).toEqual([
      ['A.6.4', 0, 1, 'likely-major'],
      ['4.1', 'dont-know', 2, 'to-confirm'],
      ['A.6.2', 'unanswered', 2, 'to-confirm'],
      ['9.2.1', 2, 3, 'likely-minor'],
      ['A.6.1', 2, 3, 'likely-minor'],
      ['A.6.3', 2, 3, 'likely-minor'],
      ['6.3', 2, 1, 'likely-minor'],
    ]);
    const reasons = new Set(result.stage2Findings.map((finding) => finding.reason));
    expect(reasons.size).toBe(5); // control at 0, control at 2, clause at 2, don't know, unanswered
  });

  it('is stage2-ready, certain and gap-free when everything is audit-ready', () => {
    const result = score(allAt(4));
    for (const [name, value] of scoresOf(result)) expect(value, name).toBe(1);
    for (const coverage of coveragesOf(result)) expect(coverage).toBe(1);
    const actual = [result.verdict, result.certainty, result.toConfirm, result.confidence, result.stage1Blockers, result.stage2Blockers, result.stage1Findings, result.stage2Findings, result.commonGaps];
    expect(actual).toEqual(['stage2-ready', 'confirmed', [], 'high', [], [], [], [], []]);
  });

  it('blocks Stage 1 on all 17 mandatory documents (14 items) and the 9 Annex A ones when nothing is in place', () => {
    const result = score(allAt(0));
    for (const [name, value] of scoresOf(result)) expect(value, name).toBe(0);
    expect(result.verdict).toBe('not-ready');
    expect([...result.stage1Blockers].sort()).toEqual([...mandatoryItemIds, ...annexADocumentItemIds].sort());
    expect(result.stage1Findings).toHaveLength(26);
    expect(result.stage1Checked).toBe(26);
    expect(result.stage2Blockers).toHaveLength(123);
    expect(result.commonGaps).toHaveLength(6);
  });

  it('blocks Stage 1 on every mandatory item when nothing is answered, but scores nothing as zero', () => {
    const result = score({});
    expect(result.verdict).toBe('not-ready');
    expect(result.stage1Findings.every((finding) => finding.level === 'unanswered')).toBe(true);
    expect(scoresOf(result).every(([, value]) => value === null)).toBe(true);
  });
});

describe('common gaps', () => {
  it.each<[string, Record<string, Level>, Array<[string, string[]]>]>([
    ['nothing answered', {}, []],
    ['6.1.2 at 2', { '6.1.2': 2 }, [['weak-risk-assessment', ['6.1.2']], ['stale-soa', ['6.1.2']]]],
    ['6.1.2 and 8.2 at 1', { '6.1.2': 1, '8.2': 1 }, [['weak-risk-assessment', ['6.1.2', '8.2']], ['stale-soa', ['6.1.2']]]],
    ['6.1.2 not known', { '6.1.2': 'dont-know' }, []],
    ['6.1.3 marked N/A, which a clause cannot be', { '6.1.3': 'na' }, []],
    ['9.2.1 and 9.2.2 at 3', { '9.2.1': 3, '9.2.2': 3 }, []],
    ['A.5.15 at 0, A.8.2 at 3, A.8.5 at 2', { 'A.5.15': 0, 'A.8.2': 3, 'A.8.5': 2 }, [['inconsistent-access-evidence', ['A.5.15', 'A.8.5']]]],
    ['A.5.15 not applicable', { 'A.5.15': 'na' }, []],
  ])('%s', (_, levels, expected) => {
    const actual = score(levels).commonGaps.map((gap) => [gap.gapId, gap.items]);
    expect(actual).toEqual(expected);
  });
});

describe('confidence', () => {
  it.each<[number, number, number, string]>([
    [1, 123, 0, 'high'],
    [0.9, 90, 10, 'high'],
    [0.95, 80, 15, 'medium'],
    [0.89, 89, 0, 'medium'],
    [0.6, 60, 20, 'medium'],
    [0.6, 50, 30, 'low'],
    [0.49, 49, 0, 'low'],
    [0, 0, 0, 'low'],
  ])('coverage %d with %i answered and %i not known is %s', (coverage, answered, dontKnow, expected) => {
    expect(confidenceOf(coverage, answered, dontKnow)).toBe(expected);
  });

  it.each<[string, Record<string, Level>, string]>([
    ['everything answered', allAt(2), 'high'],
    ['controls answered, clauses open', allAt(2, controlIds), 'medium'],
    ['clauses answered, controls open', allAt(2, clauseIds), 'low'],
    ['everything not known', allAt('dont-know'), 'low'],
  ])('%s gives %s confidence', (_, levels, expected) => {
    expect(score(levels).confidence).toBe(expected);
  });
});

describe('per-catalog index', () => {
  it('scores each catalog object by its own weights', () => {
    const levels = { '4.1': 4 as const, '4.2': 0 as const };
    const reweighted: Catalog = structuredClone(catalog);
    reweighted.items.find((item) => item.id === '4.1')!.weight = 3;
    expect(scoreAssessment(catalog, answersOf(levels)).clauses['4'].score).toBe(0.5);
    expect(scoreAssessment(reweighted, answersOf(levels)).clauses['4'].score).toBe(0.6);
    expect(scoreAssessment(catalog, answersOf(levels)).clauses['4'].score).toBe(0.5);
  });
});

const random = prng(27001);
const pickFrom = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

/** Answer sets from sparse to complete, with N/A now and then on clauses too (where it must be ignored). */
function randomAnswers(): Answers {
  const density = random();
  const answers: Answers = {};
  for (const item of catalog.items) {
    if (random() > density) continue;
    const roll = random();
    answers[item.id] = { level: roll < 0.1 ? 'dont-know' : roll < 0.2 ? 'na' : pickFrom([0, 1, 2, 3, 4] as const) };
  }
  return answers;
}

const answerSets = Array.from({ length: 250 }, randomAnswers);
const verdictRank = { 'not-ready': 0, 'stage1-ready': 1, 'stage2-ready': 2 } as const;

describe('properties over 250 random answer sets', () => {
  it('keeps every score and coverage within 0–1', () => {
    for (const answers of answerSets) {
      const result = scoreAssessment(catalog, answers);
      for (const [name, value] of scoresOf(result)) if (value !== null) expect(value, name).toBeGreaterThanOrEqual(0);
      for (const [name, value] of scoresOf(result)) if (value !== null) expect(value, name).toBeLessThanOrEqual(1);
      for (const coverage of coveragesOf(result)) expect(coverage).toBeGreaterThanOrEqual(0);
      for (const coverage of coveragesOf(result)) expect(coverage).toBeLessThanOrEqual(1);
    }
  });

  it('never lowers a score, or worsens the verdict, when one answer is raised', () => {
    for (const answers of answerSets) {
      const raisable = controlIds.concat(clauseIds).filter((id) => {
        const level = answers[id]?.level;
        return typeof level === 'number' && level < 4;
      });
      if (raisable.length === 0) continue;
      const id = pickFrom(raisable);
      const from = answers[id]!.level as number;
      const to = pickFrom([1, 2, 3, 4].filter((level) => level > from) as Array<1 | 2 | 3 | 4>);
      const before = scoreAssessment(catalog, answers);
      const after = scoreAssessment(catalog, { ...answers, [id]: { level: to } });
      const afterScores = new Map(scoresOf(after));
      for (const [name, value] of scoresOf(before)) {
        if (value === null) expect(afterScores.get(name), name).toBeNull();
        else expect(afterScores.get(name), `${name} after ${id} ${from}→${to}`).toBeGreaterThanOrEqual(value);
      }
      expect(verdictRank[after.verdict]).toBeGreaterThanOrEqual(verdictRank[before.verdict]);
      expect(before.stage2Blockers).toEqual(expect.arrayContaining(after.stage2Blockers));
    }
  });

  it('never counts "don\'t know" or N/A as zero: adding one leaves every score as it was', () => {
    for (const answers of answerSets) {
      const open = catalog.items.map((item) => item.id).filter((id) => !answers[id]);
      const openControls = open.filter((id) => id.startsWith('A.'));
      if (open.length === 0) continue;
      const before = scoreAssessment(catalog, answers);
      const notKnown = scoreAssessment(catalog, { ...answers, [pickFrom(open)]: { level: 'dont-know' } });
      expect(scoresOf(notKnown)).toEqual(scoresOf(before));
      expect(notKnown.coverage).toBeLessThanOrEqual(before.coverage);
      if (openControls.length === 0) continue;
      const excluded = scoreAssessment(catalog, { ...answers, [pickFrom(openControls)]: { level: 'na', justification: 'Not used here.' } });
      expect(scoresOf(excluded)).toEqual(scoresOf(before));
      expect(excluded.coverage).toBeGreaterThanOrEqual(before.coverage);
    }
  });

  it('ignores N/A on a clause: it scores exactly as no answer', () => {
    for (const answers of answerSets) {
      const withoutClauseNa = Object.fromEntries(
        Object.entries(answers).filter(([id, answer]) => id.startsWith('A.') || answer.level !== 'na'),
      );
      expect(scoreAssessment(catalog, answers)).toEqual(scoreAssessment(catalog, withoutClauseNa));
    }
  });

  it('is deterministic: the same answers, even copied and in another key order, give the same result', () => {
    for (const answers of answerSets) {
      const reordered = Object.fromEntries(Object.entries(structuredClone(answers)).reverse());
      expect(scoreAssessment(catalog, reordered)).toEqual(scoreAssessment(catalog, answers));
    }
  });

  it('agrees between verdict and blockers', () => {
    for (const answers of answerSets) {
      const result = scoreAssessment(catalog, answers);
      const expected = result.stage1Blockers.length > 0 ? 'not-ready' : result.stage2Blockers.length > 0 ? 'stage1-ready' : 'stage2-ready';
      expect(result.verdict).toBe(expected);
      expect(result.stage2Blockers).toEqual(expect.arrayContaining(result.stage1Blockers));
    }
  });
});
