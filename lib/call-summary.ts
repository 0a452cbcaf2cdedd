/**
 * What a sales rep says at the end of a call: three sentences to read aloud — readiness with how sure it is,
 * the verdict in plain words with the three biggest gaps, and the fees and months to a certificate — and the
 * same as plain text for a chat or an email. Built from the one-page summary, so the two never disagree.
 */
import type { Summary } from './exports/summary';
import { formatsFor } from './locale/formats';
import type { Certainty, Confidence, Verdict } from './scoring';

export interface CallSummary {
  title: string;
  sentences: string[];
  /** The title and the sentences as plain text, ready to paste. */
  text: string;
}

const confidenceSaid: Record<Confidence, string> = {
  high: 'high confidence',
  medium: 'medium confidence',
  low: 'low confidence, so take it as a first impression',
};

// Said to a prospect: no audit-stage jargon, only what it means for them.
const verdictSaid: Record<Verdict, string> = {
  'not-ready': 'an auditor would stop at the first look at the documents today',
  'stage1-ready': 'the documents an auditor reads first are in place, but some controls do not run with records yet',
  'stage2-ready': 'everything an auditor checks is in place, so the certification audit can be booked',
};

const certaintySaid: Record<Certainty, string> = {
  confirmed: '',
  indicative: 'Going by these answers, ',
};

function listed(titles: string[]): string {
  return titles.length <= 1 ? (titles[0] ?? '') : `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
}

const percentOf = (share: number): string => `${Math.round(share * 100)} %`;

/** In the summary's own currency and number format, so the call and the one-page summary say the same figures. */
export function buildCallSummary(summary: Summary): CallSummary {
  const formats = formatsFor(summary.formats);
  const { readiness, confidence, verdict, certainty, topGaps, cost } = summary;
  const covered = `${percentOf(readiness.coverage)} of requirements covered`;
  const readinessSentence =
    readiness.overall === null
      ? `${summary.organization} has not answered enough yet to put a figure on its readiness for ISO/IEC 27001.`
      : `${summary.organization} is about ${percentOf(readiness.overall)} ready for ISO/IEC 27001, with ${confidenceSaid[confidence.level]} (${covered}).`;
  const said = verdictSaid[verdict.id];
  const opening = certaintySaid[certainty.level];
  const gaps = topGaps.slice(0, 3).map((gap) => gap.title);
  const verdictSentence =
    `${opening}${opening ? said : said.charAt(0).toUpperCase() + said.slice(1)}` +
    (gaps.length === 0 ? '.' : `; the biggest ${gaps.length === 1 ? 'gap is' : 'gaps are'} ${listed(gaps)}.`);
  const costSentence =
    `Getting certified would cost about ${formats.moneyRange(cost.initial)} in external fees and take ` +
    `${formats.numberRange(cost.months, 'months')} from kickoff to the certificate audit.`;
  const title = `ISO/IEC 27001 readiness: ${summary.organization}`;
  const sentences = [readinessSentence, verdictSentence, costSentence];
  return { title, sentences, text: `${title}\n\n${sentences.join(' ')}\n` };
}
