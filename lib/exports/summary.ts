/**
 * The one-page summary a sales rep sends after the call (DESIGN §8): the verdict with its certainty, readiness
 * by clause and theme beside coverage and confidence, the five worst gaps graded as an auditor would likely
 * grade them, the cost and timeline range and the next three steps, in plain language.
 * Data only: lib/exports/markdown.ts and lib/exports/html.ts lay it out.
 */
import type { AssessmentRecord } from '../assessment';
import type { Catalog } from '../catalog';
import { isControl, type Depth, type GroupId } from '../item-ids';
import type { Estimate, Range } from '../estimate';
import type { Roadmap } from '../roadmap';
import { findingGradeWords } from '../findings';
import type { Certainty, Confidence, Score, Verdict } from '../scoring';
import { certaintyWords, coverageSentence, hedged, toConfirmSentence, verdictTitleOf } from '../verdict-words';
import type { FormatChoice, Formats } from '../locale/formats';
import { calendarDay, dateSpan, levelWords, money, monthRange, stageDateSentences } from './format';

export interface SummaryGroup {
  id: GroupId;
  kind: 'clause' | 'theme';
  title: string;
  score: number | null;
  coverage: number;
}

export interface SummaryGap {
  itemId: string;
  title: string;
  /** The item's level in words (with the level Stage 1 needs, for a Stage 1 gap) and how an auditor would likely grade it. */
  status: string;
  why: string;
}

export interface Summary {
  organization: string;
  sector: string;
  employees: number;
  depth: Depth;
  /** The day the assessment last changed, in the chosen locale: "Mar 14, 2025", "14.03.2025". */
  assessedOn: string;
  /** The locale and currency every figure of this summary is written in, so its layouts write theirs alike. */
  formats: FormatChoice;
  verdict: { id: Verdict; headline: string; sentence: string };
  /** Coverage and confidence, said beside every readiness figure. */
  confidence: { level: Confidence; sentence: string };
  /** Indicative or confirmed, and what to confirm. */
  certainty: { level: Certainty; sentence: string };
  readiness: { overall: number | null; coverage: number; groups: SummaryGroup[] };
  topGaps: SummaryGap[];
  cost: { initial: Range; firstYear: Range; threeYear: Range; months: Range; sentences: string[] };
  nextSteps: string[];
}

export type SummaryAssessment = Pick<AssessmentRecord, 'organization' | 'sector' | 'employees' | 'depth' | 'updatedAt'>;

/** A page has room for this many items to confirm by name; the rest are counted. */
const confirmNamed = 8;

const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

function listed(titles: string[]): string {
  return titles.length <= 1 ? (titles[0] ?? '') : `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function certaintySentence(score: Score): string {
  const stated = `${capitalized(certaintyWords[score.certainty])}.`;
  return score.certainty === 'confirmed' ? stated : `${stated} ${toConfirmSentence(score.toConfirm, confirmNamed)}`;
}

function verdictSentence(score: Score): string {
  if (score.verdict === 'not-ready') {
    // What was answered as missing is said as missing; what nobody has answered yet is said as unknown.
    const known = score.stage1Findings.filter((finding) => finding.level !== 'unanswered');
    const unknown = score.stage1Findings.length - known.length;
    const of = `of the ${score.stage1Checked} documents and records an auditor reads at Stage 1`;
    if (known.length === 0) {
      const titles = score.stage1Findings.slice(0, 3).map((finding) => finding.title);
      return `${unknown} ${of} ${unknown === 1 ? 'is' : 'are'} not answered yet, so none can be counted as done; start with: ${listed(titles)}.`;
    }
    const titles = known.slice(0, 3).map((finding) => finding.title);
    const rest = unknown > 0 ? ` ${unknown} more ${unknown === 1 ? 'is' : 'are'} not answered yet.` : '';
    return `${known.length} ${of} ${known.length === 1 ? 'is' : 'are'} missing or unfinished, starting with: ${listed(titles)}.${rest}`;
  }
  if (score.verdict === 'stage1-ready') {
    const clauses = score.stage2Blockers.filter((id) => !isControl(id)).length;
    const controls = score.stage2Blockers.length - clauses;
    return (
      `The mandatory documents are written and the records Stage 1 checks exist. Before Stage 2, ` +
      `${counted(clauses, 'clause requirement')} and ${counted(controls, 'control')} still need to operate with ` +
      'records; a control your risk treatment plan schedules is acceptable at Stage 1.'
    );
  }
  return 'Every requirement and applicable control operates with records: Stage 1 and Stage 2 can be booked.';
}

/** Known gaps before unknown ones, Stage 1 blockers before the rest, each list worst first as scoring gives it. */
function topGaps(score: Score, count: number): SummaryGap[] {
  const candidates = [
    // A Stage 1 gap says the level its kind needs beside its own, and why an auditor reads that document at all.
    ...score.stage1Findings.map(({ itemId, level, grade, title, why, minimum }) => ({
      itemId,
      level,
      grade,
      title,
      why,
      needs: ` (Stage 1 needs ${minimum})`,
    })),
    ...score.stage2Findings.map(({ itemId, level, grade, title, reason }) => ({ itemId, level, grade, title, why: reason, needs: '' })),
  ];
  const known = (level: unknown) => typeof level === 'number';
  const ordered = [...candidates.filter((gap) => known(gap.level)), ...candidates.filter((gap) => !known(gap.level))];
  const seen = new Set<string>();
  const gaps: SummaryGap[] = [];
  for (const gap of ordered) {
    if (gaps.length === count) break;
    if (seen.has(gap.itemId)) continue;
    seen.add(gap.itemId);
    const status = `${levelWords(gap.level)}${gap.needs}, ${findingGradeWords[gap.grade]}`;
    gaps.push({ itemId: gap.itemId, title: gap.title, status, why: gap.why });
  }
  return gaps;
}

function nextSteps(roadmap: Roadmap, count: number, formats: Formats): string[] {
  const work = roadmap.tasks.filter((task) => task.kind !== 'milestone').slice(0, count);
  const steps = work.map((task) => {
    const who = task.owner ? `, owner ${task.owner}` : '';
    return `${task.title} (${task.itemIds.join(', ')}${who}; ${dateSpan(task.startDate, task.endDate, formats)}).`;
  });
  if (steps.length === count) return steps;
  const rest = ['Book the Stage 1 and Stage 2 audits with an accredited certification body.', 'Keep the ISMS running and its records current until the audit.'];
  return [...steps, ...rest].slice(0, count);
}

export function buildSummary(
  catalog: Catalog,
  assessment: SummaryAssessment,
  score: Score,
  estimate: Pick<Estimate, 'initial' | 'firstYear' | 'threeYear' | 'months'>,
  roadmap: Roadmap,
  formats: Formats,
): Summary {
  const groups = catalog.groups.map((group): SummaryGroup => {
    const scored = group.kind === 'clause' ? score.clauses[group.id as '4'] : score.themes[group.id as 'A.5'];
    return { id: group.id, kind: group.kind, title: group.title, score: scored.score, coverage: scored.coverage };
  });
  const { initial, firstYear, threeYear, months } = estimate;
  return {
    organization: assessment.organization,
    sector: assessment.sector,
    employees: assessment.employees,
    depth: assessment.depth,
    assessedOn: formats.day(new Date(assessment.updatedAt)),
    formats: formats.choice,
    verdict: { id: score.verdict, headline: verdictTitleOf(score), sentence: hedged(verdictSentence(score), score.certainty) },
    confidence: { level: score.confidence, sentence: capitalized(coverageSentence(score.coverage, score.confidence)) },
    certainty: { level: score.certainty, sentence: certaintySentence(score) },
    readiness: { overall: score.overall, coverage: score.coverage, groups },
    topGaps: topGaps(score, 5),
    cost: {
      initial,
      firstYear,
      threeYear,
      months,
      sentences: [
        `External fees to the certificate (consulting and the Stage 1 + Stage 2 audit): ${money(initial, formats)}.`,
        `First year including staff time: ${money(firstYear, formats)}; three-year certificate cycle: ${money(threeYear, formats)}.`,
        `Kickoff on ${calendarDay(roadmap.kickoff, formats)} to Stage 2: ${monthRange(months, formats)}, from the work that remains.`,
        // The audits' weeks; the roadmap's own pages add when the ISMS starts running with records. One page
        // has no room for more.
        ...stageDateSentences(roadmap, formats).slice(1, 3),
      ],
    },
    nextSteps: nextSteps(roadmap, 3, formats),
  };
}
