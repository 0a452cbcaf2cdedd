import { describe, expect, it } from 'vitest';
import type { StoredAnswers } from '../../lib/answers';
import { loadCatalog } from '../../lib/catalog';
import { itemAnswers, progressOf, questionStates, resolveItemAnswers } from '../../lib/questionnaire';

const catalog = loadCatalog();
const quickCovering = (item: string) => catalog.questionSets.quick.find((question) => question.covers.includes(item))!;
const standardCovering = (item: string) =>
  catalog.questionSets.standard.find((question) => question.covers.includes(item) && question.id !== item)!;

describe('answers flow from questions to the items they cover', () => {
  const riskQuestion = quickCovering('6.1.2');

  it('a quick answer reaches every item it covers, marked as coming from the quick scan', () => {
    const resolved = resolveItemAnswers(catalog, { [riskQuestion.id]: { level: 2 } });
    for (const id of riskQuestion.covers) {
      expect(resolved[id]).toEqual({ answer: { level: 2 }, origin: 'quick', from: riskQuestion.id });
    }
    expect(Object.keys(resolved).sort()).toEqual([...riskQuestion.covers].sort());
  });

  it("an item's own answer beats the question's, and clearing it falls back", () => {
    const stored: StoredAnswers = { [riskQuestion.id]: { level: 2 }, '6.1.2': { level: 4 } };
    expect(resolveItemAnswers(catalog, stored)['6.1.2']).toEqual({ answer: { level: 4 }, origin: 'own', from: '6.1.2' });
    delete stored['6.1.2'];
    expect(resolveItemAnswers(catalog, stored)['6.1.2']?.origin).toBe('quick');
  });

  it('a standard topic answer beats the quick scan, and an own answer beats both', () => {
    const control = 'A.8.13';
    const stored: StoredAnswers = {
      [quickCovering(control).id]: { level: 1 },
      [standardCovering(control).id]: { level: 3 },
    };
    expect(resolveItemAnswers(catalog, stored)[control]?.origin).toBe('standard');
    expect(resolveItemAnswers(catalog, { ...stored, [control]: { level: 0 } })[control]?.answer.level).toBe(0);
  });

  it('an answer to a retired quick question keeps counting for the items it covered', () => {
    const retired = catalog.retiredQuestions!.find((question) => question.id === 'quick.access-management')!;
    const resolved = resolveItemAnswers(catalog, { [retired.id]: { level: 3, owner: 'IT' } });
    for (const id of retired.covers) expect(resolved[id], id).toEqual({ answer: { level: 3, owner: 'IT' }, origin: 'quick', from: retired.id });
  });

  it('a current question, once answered, takes over from the retired one for the items it covers, and only those', () => {
    const stored: StoredAnswers = { 'quick.access-management': { level: 3 }, 'quick.access-rights': { level: 1 } };
    const resolved = resolveItemAnswers(catalog, stored);
    expect(resolved['A.5.17']).toMatchObject({ answer: { level: 1 }, from: 'quick.access-rights' });
    // A second sign-in step has a question of its own now; until it is answered, the old answer stands.
    expect(resolved['A.8.5']).toMatchObject({ answer: { level: 3 }, from: 'quick.access-management' });
    expect(resolveItemAnswers(catalog, { ...stored, 'quick.multi-factor': { level: 0 } })['A.8.5']?.answer.level).toBe(0);
  });

  it('a retired question is not asked at any depth', () => {
    const asked = new Set(Object.values(catalog.questionSets).flat().map((question) => question.id));
    for (const question of catalog.retiredQuestions!) expect(asked.has(question.id), question.id).toBe(false);
  });

  it('reads a catalog stored before questions were retired', () => {
    const { retiredQuestions: _retired, ...older } = catalog;
    expect(resolveItemAnswers(older, { 'quick.access-rights': { level: 2 } })['A.5.15']?.answer.level).toBe(2);
  });

  it('invents nothing: items no answer covers stay absent', () => {
    expect(resolveItemAnswers(catalog, {})).toEqual({});
    const resolved = resolveItemAnswers(catalog, { [riskQuestion.id]: { level: 3 } });
    expect(itemAnswers(resolved)['A.7.4']).toBeUndefined();
  });

  it('the full depth shows what the quick scan said for items nobody refined', () => {
    const stored: StoredAnswers = { [riskQuestion.id]: { level: 2 }, '6.1.2': { level: 3 } };
    const full = questionStates(catalog, 'full', stored);
    const otherRiskItem = riskQuestion.covers.find((id) => id !== '6.1.2')!;
    expect(full.find((state) => state.question.id === otherRiskItem)).toMatchObject({
      own: undefined,
      inherited: { origin: 'quick', answer: { level: 2 } },
    });
    expect(full.find((state) => state.question.id === '6.1.2')).toMatchObject({ own: { level: 3 }, inherited: undefined });
  });

  it('progress counts own answers and carried-over answers apart', () => {
    const stored: StoredAnswers = { [riskQuestion.id]: { level: 2 }, '6.1.2': { level: 3 } };
    expect(progressOf(questionStates(catalog, 'full', stored))).toEqual({
      answered: 1,
      inherited: riskQuestion.covers.length - 1,
      total: 123,
    });
    expect(progressOf(questionStates(catalog, 'quick', stored))).toMatchObject({ answered: 1, inherited: 0 });
  });
});
