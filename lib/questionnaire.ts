/**
 * How answers at one depth flow to the catalog items (DESIGN §5): an item's own answer wins; otherwise the
 * standard depth's topic question that covers it; otherwise the quick scan's; otherwise that of a quick-scan
 * question a later catalog retired, so an answer given before an update keeps counting. The item keeps a note
 * of where its value came from, so nothing is presented as more specific than it was.
 */
import type { Catalog, Depth, ItemId, Question } from './catalog';
import type { Answer, Answers, StoredAnswers } from './answers';

export type AnswerOrigin = 'own' | 'standard' | 'quick';

export interface ResolvedAnswer {
  answer: Answer;
  origin: AnswerOrigin;
  /** The question the answer was given to (the item id itself for an own answer). */
  from: string;
}

export type ResolvedAnswers = Record<ItemId, ResolvedAnswer>;

export function resolveItemAnswers(catalog: Catalog, stored: StoredAnswers): ResolvedAnswers {
  const resolved: ResolvedAnswers = {};
  // Least specific first, so each later, more specific source overwrites.
  const layers: Array<[AnswerOrigin, Question[]]> = [
    ['quick', catalog.retiredQuestions ?? []],
    ['quick', catalog.questionSets.quick],
    ['standard', catalog.questionSets.standard.filter((question) => !isItemQuestion(question))],
  ];
  for (const [origin, questions] of layers) {
    for (const question of questions) {
      const answer = stored[question.id];
      if (!answer) continue;
      for (const id of question.covers) resolved[id] = { answer, origin, from: question.id };
    }
  }
  for (const item of catalog.items) {
    const answer = stored[item.id];
    if (answer) resolved[item.id] = { answer, origin: 'own', from: item.id };
  }
  return resolved;
}

/** The item answers scoring needs, without their origins. */
export function itemAnswers(resolved: ResolvedAnswers): Answers {
  const answers: Answers = {};
  for (const [id, { answer }] of Object.entries(resolved)) answers[id] = answer;
  return answers;
}

/** Where each item's answer came from, as scoring reads it to tell an indicative verdict from a confirmed one. */
export function itemOrigins(resolved: ResolvedAnswers): Partial<Record<ItemId, AnswerOrigin>> {
  const origins: Partial<Record<ItemId, AnswerOrigin>> = {};
  for (const [id, { origin }] of Object.entries(resolved)) origins[id] = origin;
  return origins;
}

export function isItemQuestion(question: Question): boolean {
  return question.covers.length === 1 && question.covers[0] === question.id;
}

export interface QuestionState {
  question: Question;
  /** The answer given to this very question. */
  own?: Answer;
  /** For an item question without its own answer: what a broader question already said. */
  inherited?: ResolvedAnswer;
}

export function questionStates(catalog: Catalog, depth: Depth, stored: StoredAnswers): QuestionState[] {
  const resolved = resolveItemAnswers(catalog, stored);
  return catalog.questionSets[depth].map((question) => {
    const own = stored[question.id];
    const inheritedFrom = isItemQuestion(question) && !own ? resolved[question.id] : undefined;
    return { question, own, inherited: inheritedFrom };
  });
}

export interface Progress {
  answered: number;
  /** Questions with no own answer whose value comes from a broader question. */
  inherited: number;
  total: number;
}

export function progressOf(states: QuestionState[]): Progress {
  return {
    answered: states.filter((state) => state.own).length,
    inherited: states.filter((state) => !state.own && state.inherited).length,
    total: states.length,
  };
}
