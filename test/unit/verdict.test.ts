import { describe, expect, it } from 'vitest';
import { stage1MinimumLevels } from '../../data/answer-scale';
import type { Answers, Level, StoredAnswers } from '../../lib/answers';
import { loadCatalog } from '../../lib/catalog';
import { findingGradeWords, gradeOf, type BlockingLevel } from '../../lib/findings';
import { isItemQuestion, itemAnswers, itemOrigins, resolveItemAnswers } from '../../lib/questionnaire';
import { scoreAssessment, scoreResolved, type Score } from '../../lib/scoring';
import { toConfirmSentence, verdictTitleOf } from '../../lib/verdict-words';
import { prng } from '../fixtures/random';

const catalog = loadCatalog();
const allIds = catalog.items.map((item) => item.id);
const documentItems = ['4.3', '5.2', '6.1.2', '6.1.3', '6.2', '7.5.1', '8.1'];
const recordItems = ['7.2', '8.2', '8.3', '9.1', '9.2.2', '9.3.3', '10.2'];
const annexADocumentItems = ['A.5.1', 'A.5.9', 'A.5.10', 'A.5.24', 'A.5.31', 'A.5.37', 'A.6.6', 'A.8.9', 'A.8.27'];

function answersOf(levels: Record<string, Level>): Answers {
  return Object.fromEntries(Object.entries(levels).map(([id, level]) => [id, level === 'na' ? { level, justification: 'Not here.' } : { level }]));
}

const at = (level: Level, ids: readonly string[] = allIds): Record<string, Level> => Object.fromEntries(ids.map((id) => [id, level]));
const score = (levels: Record<string, Level>): Score => scoreAssessment(catalog, answersOf(levels));
const quickAt = (level: Level): StoredAnswers => Object.fromEntries(catalog.questionSets.quick.map((question) => [question.id, { level }]));
const catalogOrder = new Map(catalog.items.map((item, at) => [item.id, at]));
const byCatalogOrder = (a: string, b: string) => catalogOrder.get(a)! - catalogOrder.get(b)!;
const scoreStored = (stored: StoredAnswers): Score => scoreResolved(catalog, resolveItemAnswers(catalog, stored));

describe('the catalog says which documented information is a document and which a record', () => {
  it('marks the processes, plans and policies as documents and what shows work done as records', () => {
    const kindOf = (id: string) => [...new Set(catalog.mandatoryDocuments.filter((doc) => doc.item === id).map((doc) => doc.kind))];
    for (const id of documentItems) expect(kindOf(id), id).toEqual(['document']);
    for (const id of recordItems) expect(kindOf(id), id).toEqual(['record']);
    expect(catalog.mandatoryDocuments.find((doc) => doc.id === 'risk-treatment-plan')?.kind).toBe('document');
  });

  it('asks Stage 1 for a document written (2) and a record of work done (3)', () => {
    expect(stage1MinimumLevels).toEqual({ document: 2, record: 3 });
  });

  it('lists the Annex A documents, each keyed to its control', () => {
    expect(catalog.annexADocuments.map((doc) => doc.item)).toEqual(annexADocumentItems);
    expect(catalog.annexADocuments.every((doc) => doc.kind === 'document')).toBe(true);
  });
});

describe('Stage 1 by kind of documented information', () => {
  it.each<[string, Record<string, Level>, Score['verdict'], string[]]>([
    ['records at 2, documents and everything else at 3', { ...at(3), ...at(2, recordItems) }, 'not-ready', recordItems],
    ['documents at 2, records and everything else at 3', { ...at(3), ...at(2, documentItems) }, 'stage1-ready', []],
    ['everything at 3 but internal audit and management review at 2', { ...at(3), '9.2.2': 2, '9.3.3': 2 }, 'not-ready', ['9.2.2', '9.3.3']],
    ['everything at 2', at(2), 'not-ready', recordItems],
    ['documents at 1, records at 3', { ...at(3), ...at(1, documentItems) }, 'not-ready', documentItems],
    ['everything at 3', at(3), 'stage2-ready', []],
  ])('%s', (_, levels, verdict, blockers) => {
    const result = score(levels);
    expect(result.verdict).toBe(verdict);
    expect([...result.stage1Blockers].sort()).toEqual([...blockers].sort());
  });

  it('says a record at 2 is a plan, not a record, and grades it likely minor', () => {
    const [finding] = score({ ...at(3), '9.3.3': 2 }).stage1Findings;
    expect(finding).toMatchObject({ documentId: 'management-review-results', kind: 'record', minimum: 3, grade: 'likely-minor', annexA: false });
    expect(finding?.reason).toMatch(/a plan is not a record/);
  });
});

describe('Annex A documents join Stage 1 only while their control applies', () => {
  const base = at(3);
  it.each<[string, Record<string, Level>, Score['verdict'], string[], string[]]>([
    ['acceptable use at 1', { ...base, 'A.5.10': 1 }, 'not-ready', ['A.5.10'], []],
    ['acceptable use not known', { ...base, 'A.5.10': 'dont-know' }, 'not-ready', ['A.5.10'], []],
    ['acceptable use not applicable', { ...base, 'A.5.10': 'na' }, 'stage2-ready', [], []],
    ['acceptable use written, not yet operating (2)', { ...base, 'A.5.10': 2 }, 'stage1-ready', [], []],
    ['acceptable use not answered: not blocking, but to confirm', { ...base, 'A.5.10': undefined as never }, 'stage1-ready', [], ['A.5.10']],
    ['return of assets (no document) at 0', { ...base, 'A.5.11': 0 }, 'stage1-ready', [], []],
  ])('%s', (_, levels, verdict, blockers, toConfirm) => {
    const result = score(Object.fromEntries(Object.entries(levels).filter(([, level]) => level !== undefined)));
    expect([result.verdict, result.stage1Blockers, result.toConfirm.map((item) => item.itemId)]).toEqual([verdict, blockers, toConfirm]);
  });

  it('counts the Annex A documents Stage 1 reads: 26 with every control applicable, 25 with one excluded', () => {
    expect(score(base).stage1Checked).toBe(26);
    expect(score({ ...base, 'A.8.27': 'na' }).stage1Checked).toBe(25);
  });

  it('a blocking Annex A document says its control may still be on its way under the risk treatment plan', () => {
    const [finding] = score({ ...base, 'A.8.9': 0 }).stage1Findings;
    expect(finding).toMatchObject({ documentId: 'configuration-baselines', annexA: true, grade: 'likely-major' });
    expect(finding?.reason).toMatch(/risk treatment plan/);
  });
});

describe('grading, never overstated', () => {
  it.each<[BlockingLevel, string, string]>([
    [0, 'likely-major', 'likely major'],
    [1, 'likely-major', 'likely major'],
    [2, 'likely-minor', 'likely minor'],
    ['dont-know', 'to-confirm', 'to confirm'],
    ['unanswered', 'to-confirm', 'to confirm'],
  ])('level %s grades %s ("%s")', (level, grade, words) => {
    expect(gradeOf(level)).toBe(grade);
    expect(findingGradeWords[gradeOf(level)]).toBe(words);
  });

  it.each<[string, Record<string, Level>, RegExp]>([
    ['with a risk treatment plan written', { ...at(3), 'A.8.8': 1 }, /Acceptable at Stage 1 when your risk treatment plan schedules it/],
    ['without one', { ...at(3), 'A.8.8': 1, '6.1.3': 1 }, /only once a risk treatment plan schedules it, and none is written yet/],
  ])('a control not yet operating is acceptable at Stage 1 under the plan: %s', (_, levels, expected) => {
    expect(score(levels).stage2Findings.find((finding) => finding.itemId === 'A.8.8')?.reason).toMatch(expected);
  });

  it('never calls a finding a nonconformity outright', () => {
    const result = score({ ...at(0), ...at(2, recordItems), '4.1': 'dont-know' });
    const reasons = [...result.stage1Findings, ...result.stage2Findings].map((finding) => finding.reason);
    for (const reason of reasons) expect(reason).not.toMatch(/nonconformity|is a major|is a minor/i);
  });
});

describe('indicative until confirmed', () => {
  it('answers without origins count as given at item level: confirmed', () => {
    const result = score(at(4));
    expect([result.verdict, result.certainty, result.toConfirm]).toEqual(['stage2-ready', 'confirmed', []]);
    expect(verdictTitleOf(result)).toBe('Ready for the certification audit');
  });

  it('a quick scan at all 4s looks ready for Stage 1, indicative, naming every item to confirm', () => {
    const result = scoreStored(quickAt(4));
    expect([result.verdict, result.certainty]).toEqual(['stage1-ready', 'indicative']);
    const expected = [...new Set([...documentItems, ...recordItems, ...annexADocumentItems])];
    expect(result.toConfirm.map((item) => item.itemId).sort()).toEqual(expected.sort());
    // The quick scan does not ask about secure engineering principles: nothing is known about them yet.
    expect(result.toConfirm.find((item) => item.itemId === 'A.8.27')?.because).toBe('unanswered');
    expect(result.toConfirm.filter((item) => item.because === 'quick')).toHaveLength(expected.length - 1);
    expect(verdictTitleOf(result)).toBe(`Indicative: looks ready for Stage 1 once ${expected.length} items are confirmed`);
    expect(toConfirmSentence(result.toConfirm, 2)).toBe(
      `Confirm at item level (standard or full depth): 4.3 Determining the scope of the information security management system; 5.2 Policy; and ${expected.length - 2} more.`,
    );
  });

  it('confirming each named item at item level makes the same verdict confirmed', () => {
    const quick = quickAt(4);
    const named = scoreStored(quick).toConfirm.map((item) => item.itemId);
    const result = scoreStored({ ...quick, ...Object.fromEntries(named.map((id) => [id, { level: 4 as const }])) });
    expect([result.verdict, result.certainty, result.toConfirm]).toEqual(['stage1-ready', 'confirmed', []]);
    expect(verdictTitleOf(result)).toBe('Ready for Stage 1, not yet for Stage 2');
  });

  it('answers at topic level (the standard depth) confirm as well as item answers', () => {
    const stored = Object.fromEntries(catalog.questionSets.standard.map((question) => [question.id, { level: 4 as const }]));
    const result = scoreStored({ ...quickAt(1), ...stored });
    expect([result.verdict, result.certainty, result.toConfirm]).toEqual(['stage2-ready', 'confirmed', []]);
  });

  it('a "not ready" resting on quick-scan blockers is indicative too, and names only those blockers', () => {
    const result = scoreStored({ ...quickAt(4), 'quick.internal-audit': { level: 2 }, 'quick.management-review': { level: 4 } });
    expect([result.verdict, result.certainty, result.toConfirm.map((item) => item.itemId)]).toEqual(['not-ready', 'indicative', ['9.2.2']]);
    expect(verdictTitleOf(result)).toBe('Indicative: not ready for Stage 1 yet');
  });

  it('a "not ready" resting only on unanswered blockers is indicative, and names them to answer', () => {
    const result = scoreStored({});
    expect([result.verdict, result.certainty]).toEqual(['not-ready', 'indicative']);
    expect(result.toConfirm.map((item) => item.itemId)).toEqual([...new Set(result.stage1Findings.map((finding) => finding.itemId))].sort(byCatalogOrder));
    expect(result.toConfirm.every((item) => item.because === 'unanswered')).toBe(true);
  });

  it('a "not ready" with one blocker given as missing needs nothing confirmed, whatever else is unanswered', () => {
    const result = scoreStored({ '4.3': { level: 0 } });
    expect([result.verdict, result.certainty, result.toConfirm]).toEqual(['not-ready', 'confirmed', []]);
  });
});

const random = prng(27_002);
const pickFrom = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const topicQuestions = catalog.questionSets.standard.filter((question) => !isItemQuestion(question));
const anyLevel: readonly Level[] = [0, 1, 2, 3, 4, 'dont-know'];
const matureLevel: readonly Level[] = [3, 4, 4, 3, 4, 2];
const readyLevel: readonly Level[] = [3, 4];

/**
 * Answers at every depth at once. Some sets are sparse and anything goes; the others answer the whole quick
 * scan, or the whole standard depth, mostly or only at 3–4, and refine a few items, so every verdict occurs.
 */
function randomStored(): StoredAnswers {
  const profile = pickFrom(['sparse', 'quick', 'standard', 'ready', 'complete'] as const);
  const levels = { sparse: anyLevel, quick: matureLevel, standard: matureLevel, ready: readyLevel, complete: readyLevel }[profile];
  const density = profile === 'sparse' ? random() : 1;
  const stored: StoredAnswers = {};
  const answer = (id: string, controlsOnly: boolean) => {
    stored[id] = controlsOnly && random() < 0.03 ? { level: 'na', justification: 'Out of scope.' } : { level: pickFrom(levels) };
  };
  // 'ready' leaves the clauses to the quick scan and answers Annex A by topic, so Stage 2 can look ready, indicatively.
  const everyStandard = catalog.questionSets.standard;
  const standard = { sparse: [], quick: [], standard: everyStandard, ready: topicQuestions, complete: everyStandard }[profile];
  for (const question of [...catalog.questionSets.quick, ...standard]) {
    if (random() < density) answer(question.id, question.covers.every((id) => id.startsWith('A.')));
  }
  for (const item of catalog.items) if (random() < 0.05) answer(item.id, item.kind === 'control');
  return stored;
}

const storedSets = Array.from({ length: 200 }, randomStored);

describe('properties over 200 random answer sets at mixed depths', () => {
  it('meets every verdict, both indicative and confirmed', () => {
    const seen = new Set(storedSets.map((stored) => {
      const result = scoreStored(stored);
      return `${result.verdict} ${result.certainty}`;
    }));
    expect(seen.size).toBe(6);
  });

  it('certainty never changes the verdict, the blockers or any figure: it only says how sure they are', () => {
    for (const stored of storedSets) {
      const resolved = resolveItemAnswers(catalog, stored);
      const { certainty: _certainty, toConfirm: _toConfirm, ...withOrigins } = scoreResolved(catalog, resolved);
      const { certainty: _c, toConfirm: _t, ...withoutOrigins } = scoreAssessment(catalog, itemAnswers(resolved));
      expect(withOrigins).toEqual(withoutOrigins);
    }
  });

  it('is indicative exactly when something it rests on comes from the quick scan or is unknown, and names only that', () => {
    for (const stored of storedSets) {
      const resolved = resolveItemAnswers(catalog, stored);
      const result = scoreResolved(catalog, resolved);
      const origins = itemOrigins(resolved);
      expect(result.certainty).toBe(result.toConfirm.length > 0 ? 'indicative' : 'confirmed');
      for (const item of result.toConfirm) {
        expect(item.because === 'quick' ? origins[item.itemId] : resolved[item.itemId], item.itemId).toBe(item.because === 'quick' ? 'quick' : undefined);
      }
      if (result.verdict !== 'not-ready') {
        const stage1Items = new Set([...catalog.mandatoryDocuments, ...catalog.annexADocuments].map((doc) => doc.item));
        const quickOnStage1 = [...stage1Items].filter((id) => origins[id] === 'quick');
        expect(result.toConfirm.map((item) => item.itemId)).toEqual(expect.arrayContaining(quickOnStage1));
      }
    }
  });

  it('says "ready" only when confirmed; an indicative ready only ever "looks ready"', () => {
    for (const stored of storedSets) {
      const result = scoreStored(stored);
      const title = verdictTitleOf(result);
      if (result.certainty === 'indicative') expect(title).toMatch(/^Indicative: (looks ready|not ready)/);
      else expect(title).not.toMatch(/Indicative/);
    }
  });

  it('grades every finding by its level alone', () => {
    for (const stored of storedSets) {
      const result = scoreStored(stored);
      for (const finding of [...result.stage1Findings, ...result.stage2Findings]) expect(finding.grade).toBe(gradeOf(finding.level));
    }
  });

  it('answering every quick-scan item at item level with the same level keeps the verdict and confirms it', () => {
    for (const stored of storedSets) {
      const resolved = resolveItemAnswers(catalog, stored);
      const before = scoreResolved(catalog, resolved);
      const ownAnswers = Object.fromEntries(Object.entries(resolved).map(([id, { answer }]) => [id, answer]));
      const after = scoreResolved(catalog, resolveItemAnswers(catalog, { ...stored, ...ownAnswers }));
      expect(after.verdict).toBe(before.verdict);
      expect(after.toConfirm.every((item) => item.because === 'unanswered')).toBe(true);
    }
  });
});
