import type { Confidence, Verdict } from '../../lib/scoring';

/** The verdict in an auditor's plain words. */
export const verdictText: Record<Verdict, { title: string; detail: string }> = {
  'stage2-ready': {
    title: 'Ready for the certification audit',
    detail: 'Every requirement and applicable control is operating with records: Stage 1 and Stage 2 can be booked.',
  },
  'stage1-ready': {
    title: 'Ready for Stage 1, not yet for Stage 2',
    detail: 'The mandatory documents exist, but some requirements or controls are not yet operating with evidence.',
  },
  'not-ready': {
    title: 'Not ready for Stage 1 yet',
    detail: 'Mandatory documented information is missing or not yet written: an auditor would stop at the document review.',
  },
};

export const confidenceText: Record<Confidence, string> = {
  high: 'High confidence: nearly everything is answered.',
  medium: 'Medium confidence: some items are unanswered or unknown.',
  low: 'Low confidence: many items are unanswered or unknown, so treat the figures as a first impression.',
};
