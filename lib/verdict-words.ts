/**
 * The verdict, its certainty, coverage and confidence in the words every surface and export uses, so the popup,
 * the side panel, the workspace, the kiosk and the exports never say the same thing two ways.
 *
 * Two words are kept apart on purpose: a *question* is answered (the progress bar counts questions), and a
 * *requirement* is covered (coverage is the share of applicable requirements, clause requirements and
 * applicable controls, that have an answer at any depth). A "ready" verdict never stands without its certainty.
 */
import { percent } from './exports/format';
import type { Certainty, Confidence, ItemToConfirm, Verdict } from './scoring';

const confirmedTitles: Record<Verdict, string> = {
  'stage2-ready': 'Ready for the certification audit',
  'stage1-ready': 'Ready for Stage 1, not yet for Stage 2',
  'not-ready': 'Not ready for Stage 1 yet',
};

const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The verdict's headline; an indicative "ready" only ever "looks ready" until its items are confirmed.
 * `toConfirm` is how many items that takes, when known.
 */
export function verdictTitle(verdict: Verdict, certainty: Certainty, toConfirm?: number): string {
  if (certainty === 'confirmed') return confirmedTitles[verdict];
  const once =
    toConfirm === undefined ? 'once confirmed' : `once ${counted(toConfirm, 'item')} ${toConfirm === 1 ? 'is' : 'are'} confirmed`;
  if (verdict === 'stage2-ready') return `Indicative: looks ready for the certification audit ${once}`;
  if (verdict === 'stage1-ready') return `Indicative: looks ready for Stage 1 ${once}`;
  return 'Indicative: not ready for Stage 1 yet';
}

/** The headline of a score, or of anything that carries its verdict and what is left to confirm. */
export function verdictTitleOf(view: { verdict: Verdict; certainty: Certainty; toConfirm: readonly unknown[] }): string {
  return verdictTitle(view.verdict, view.certainty, view.toConfirm.length);
}

const verdictDetails: Record<Verdict, string> = {
  'stage2-ready': 'Every requirement and applicable control operates with records: Stage 1 and Stage 2 can be booked.',
  'stage1-ready':
    'The mandatory documents are written and the records Stage 1 checks exist, but some requirements or controls do ' +
    'not yet operate with evidence. A control your risk treatment plan schedules is acceptable at Stage 1.',
  'not-ready':
    'A mandatory document is not written yet, or a record Stage 1 checks (internal audit or management review ' +
    'results, for example) does not exist yet: an auditor would stop at Stage 1.',
};

/** A sentence about the verdict; an indicative one says it goes only by the answers given so far. */
export function hedged(sentence: string, certainty: Certainty): string {
  return certainty === 'confirmed' ? sentence : `Going by these answers, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

/** What the verdict means, hedged while it is indicative. */
export function verdictDetail(verdict: Verdict, certainty: Certainty): string {
  return hedged(verdictDetails[verdict], certainty);
}

export const certaintyWords: Record<Certainty, string> = {
  confirmed: 'confirmed: every item it rests on is answered at item or topic level',
  indicative: 'indicative: it rests on quick-scan answers, or on items not answered yet, until the items named are confirmed',
};

/** The items to confirm, named; the first `shown` of them, then how many more. */
export function toConfirmSentence(toConfirm: readonly ItemToConfirm[], shown = toConfirm.length): string {
  const named = toConfirm
    .slice(0, shown)
    .map((item) => `${item.itemId} ${item.title}${item.because === 'unanswered' ? ' (not answered yet)' : ''}`);
  const more = toConfirm.length - named.length;
  return `Confirm at item level (standard or full depth): ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

export const confidenceWords: Record<Confidence, string> = {
  high: 'confidence high: nearly every requirement is covered',
  medium: 'confidence medium: some requirements are not covered yet or not known',
  low: 'confidence low: many requirements are not covered yet or not known, so treat the figures as a first impression',
};

/** "62 % of requirements covered". */
export function coverageWords(coverage: number): string {
  return `${percent(coverage)} of requirements covered`;
}

/** "Confidence medium: …", for where coverage already stands beside it. */
export function confidenceSentence(confidence: Confidence): string {
  const words = confidenceWords[confidence];
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

/** "62 % of requirements covered; confidence medium: …", the line that stands beside every readiness figure. */
export function coverageSentence(coverage: number, confidence: Confidence): string {
  return `${coverageWords(coverage)}; ${confidenceWords[confidence]}.`;
}

/** "47 of 58 questions answered". */
export function questionsAnsweredWords(answered: number, total: number): string {
  return `${answered} of ${total} questions answered`;
}
