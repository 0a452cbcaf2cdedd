/**
 * The verdict as a booth visitor reads it: no audit stages and no terms from the standard, only what it means
 * for their organization. The rep's surfaces keep the precise words of lib/verdict-words.ts.
 */
import type { Certainty, Verdict } from '../scoring';

const titles: Record<Verdict, string> = {
  'not-ready': 'Not ready for an audit yet',
  'stage1-ready': 'Halfway there: the paperwork is in place',
  'stage2-ready': 'Ready for the certification audit',
};

const details: Record<Verdict, string> = {
  'not-ready':
    'Some of the written policies and records an auditor asks to see first are missing or unfinished, so an audit ' +
    'would stop early.',
  'stage1-ready':
    'The policies and records an auditor reads first exist, but some security measures do not yet run with proof ' +
    'that they work.',
  'stage2-ready': 'Your policies are written and your security measures run with proof that they work.',
};

export function visitorVerdictTitle(verdict: Verdict, certainty: Certainty): string {
  if (certainty === 'confirmed' || verdict === 'not-ready') return titles[verdict];
  return verdict === 'stage2-ready' ? 'Looks ready for the certification audit' : 'Looks halfway there: the paperwork seems in place';
}

export function visitorVerdictDetail(verdict: Verdict, certainty: Certainty): string {
  const detail = details[verdict];
  return certainty === 'confirmed' ? detail : `From your answers: ${detail.charAt(0).toLowerCase()}${detail.slice(1)}`;
}
