/**
 * The one-page summary a sales rep sends after the call (DESIGN §8): the verdict, readiness by clause and
 * theme, the five worst gaps, the cost and timeline range and the next three steps, in plain language.
 * Data only: lib/exports/markdown.ts and lib/exports/html.ts lay it out.
 */
import type { AssessmentRecord } from '../assessment';
import type { Catalog } from '../catalog';
import { isControl, type Depth, type GroupId } from '../item-ids';
import type { Estimate, Range } from '../estimate';
import type { Roadmap } from '../roadmap';
import type { Confidence, Score, Verdict } from '../scoring';
import { isoDay, levelWords, money, monthRange, percent, weekSpan } from './format';

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
  /** The item's level in words. */
  status: string;
  why: string;
}

export interface Summary {
  organization: string;
  sector: string;
  employees: number;
  depth: Depth;
  /** The day the assessment last changed, "2025-03-14". */
  assessedOn: string;
  verdict: { id: Verdict; headline: string; sentence: string };
  confidence: { level: Confidence; sentence: string };
  readiness: { overall: number | null; coverage: number; groups: SummaryGroup[] };
  topGaps: SummaryGap[];
  cost: { initial: Range; firstYear: Range; threeYear: Range; months: Range; sentences: string[] };
  nextSteps: string[];
}

export type SummaryAssessment = Pick<AssessmentRecord, 'organization' | 'sector' | 'employees' | 'depth' | 'updatedAt'>;

const headlines: Record<Verdict, string> = {
  'not-ready': 'Not ready for Stage 1 yet',
  'stage1-ready': 'Ready for Stage 1, not yet for Stage 2',
  'stage2-ready': 'Ready for the certification audit',
};

const confidenceWords: Record<Confidence, string> = {
  high: 'high: nearly everything is answered',
  medium: 'medium: some items are unanswered or unknown',
  low: 'low: many items are unanswered or unknown, so treat this as a first impression',
};

const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

function listed(titles: string[]): string {
  return titles.length <= 1 ? (titles[0] ?? '') : `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
}

function verdictSentence(catalog: Catalog, score: Score): string {
  if (score.verdict === 'not-ready') {
    const titles = score.stage1Findings.slice(0, 3).map((finding) => finding.title);
    const missing = score.stage1Findings.length;
    return (
      `${missing} of the ${catalog.mandatoryDocuments.length} documents an auditor must see first ` +
      `${missing === 1 ? 'is' : 'are'} missing or unfinished, starting with: ${listed(titles)}.`
    );
  }
  if (score.verdict === 'stage1-ready') {
    const clauses = score.stage2Blockers.filter((id) => !isControl(id)).length;
    const controls = score.stage2Blockers.length - clauses;
    return `The mandatory documents exist. Before Stage 2, ${counted(clauses, 'clause requirement')} and ${counted(controls, 'control')} still need to operate with records.`;
  }
  return 'Every requirement and applicable control operates with records: Stage 1 and Stage 2 can be booked.';
}

/** Known gaps before unknown ones, Stage 1 blockers before the rest, each list worst first as scoring gives it. */
function topGaps(score: Score, count: number): SummaryGap[] {
  const candidates = [
    ...score.stage1Findings.map(({ itemId, level, title, why }) => ({ itemId, level, title, why })),
    ...score.stage2Findings.map(({ itemId, level, title, reason }) => ({ itemId, level, title, why: reason })),
  ];
  const known = (level: unknown) => typeof level === 'number';
  const ordered = [...candidates.filter((gap) => known(gap.level)), ...candidates.filter((gap) => !known(gap.level))];
  const seen = new Set<string>();
  const gaps: SummaryGap[] = [];
  for (const gap of ordered) {
    if (gaps.length === count) break;
    if (seen.has(gap.itemId)) continue;
    seen.add(gap.itemId);
    gaps.push({ itemId: gap.itemId, title: gap.title, status: levelWords(gap.level), why: gap.why });
  }
  return gaps;
}

function nextSteps(roadmap: Roadmap, count: number): string[] {
  const work = roadmap.tasks.filter((task) => task.kind !== 'milestone').slice(0, count);
  const steps = work.map((task) => {
    const who = task.owner ? `, owner ${task.owner}` : '';
    return `${task.title} (${task.itemIds.join(', ')}${who}; ${weekSpan(task.startMonth, task.endMonth)}).`;
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
    assessedOn: isoDay(assessment.updatedAt),
    verdict: { id: score.verdict, headline: headlines[score.verdict], sentence: verdictSentence(catalog, score) },
    confidence: {
      level: score.confidence,
      sentence: `${percent(score.coverage)} of the applicable items are answered; confidence is ${confidenceWords[score.confidence]}.`,
    },
    readiness: { overall: score.overall, coverage: score.coverage, groups },
    topGaps: topGaps(score, 5),
    cost: {
      initial,
      firstYear,
      threeYear,
      months,
      sentences: [
        `External fees to the certificate (consulting and the Stage 1 + Stage 2 audit): ${money(initial)}.`,
        `First year including staff time: ${money(firstYear)}; three-year certificate cycle: ${money(threeYear)}.`,
        `Kickoff to Stage 2: ${monthRange(months)}.`,
      ],
    },
    nextSteps: nextSteps(roadmap, 3),
  };
}
