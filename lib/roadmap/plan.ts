/**
 * One plan for an assessment: the estimate, the roadmap and the dates every surface and export shows, all from
 * one schedule of the work that remains (lib/schedule). The estimate's months are that schedule's length at
 * the earliest pace and at the planned pace, the roadmap draws the planned one, and Stage 1 and Stage 2 fall on
 * the same days everywhere because every page reads them from here. The guide's bands stay what `estimate()`
 * gives without a plan (the reference profile and its three maturity bands).
 */
import { phaseIds, phaseTitles, type Range } from '../../data/cost-model';
import { roadmapSteps } from '../../data/roadmap-steps';
import type { AssessmentRecord } from '../assessment';
import type { Answers, Maturity } from '../answers';
import { isoDate, parseIsoDate } from '../calendar';
import type { Catalog } from '../catalog';
import {
  defaultAssumptions,
  estimate,
  EstimateInputSchema,
  parseAssessmentDrivers,
  type Assumptions,
  type Estimate,
  type EstimateInput,
  type Phase,
  type ResolvedEstimateInput,
  type TimingContext,
  timingContextOf,
} from '../estimate';
import { halfMonths, scheduleRules, scheduleWork, weeksPerMonth, type Schedule } from '../schedule';
import type { Formats } from '../locale/formats';
import type { Score } from '../scoring';
import { placeRoadmap } from './place';
import type { Roadmap, RoadmapOptions, RoadmapWork } from './types';
import { roadmapWork, stepWork } from './work';

export interface PlanRequest {
  catalog: Catalog;
  answers: Answers;
  score: Pick<Score, 'stage1Blockers'>;
  input: EstimateInput;
  assumptions?: Assumptions;
  /** The first day of the project (UTC). */
  kickoff: Date;
  options?: RoadmapOptions;
  /** Writes the drivers' words (the rate card's currency in US formats when not given). */
  formats?: Formats;
}

export interface AssessmentPlan {
  kickoff: string;
  /** Months and phases from the schedule; costs and drivers as `estimate()` gives them. */
  estimate: Estimate;
  /** Laid on the planned schedule; `roadmap.stages` holds the audits' weeks every page shows. */
  roadmap: Roadmap;
}

/** Where an item nobody has answered probably stands: the maturity's place on the 0–4 scale. */
export function likelyLevelOf(input: ResolvedEstimateInput, assumptions: Assumptions): Maturity {
  const share = typeof input.maturity === 'number' ? input.maturity : assumptions.maturity[input.maturity].score;
  return Math.min(4, Math.max(0, Math.round(share * 4))) as Maturity;
}

function schedulesFor(work: RoadmapWork, { scale, extraMonths }: Pick<TimingContext, 'scale' | 'extraMonths'>, placeTasks = true) {
  const steps = stepWork(work, scale ** scheduleRules.sizeExponent);
  const at = (end: keyof Range) => ({ extraBuildWeeks: extraMonths[end] * weeksPerMonth, placeTasks });
  return {
    earliest: scheduleWork(steps, { pace: scheduleRules.paces.earliest, ...at('low') }),
    planned: scheduleWork(steps, { pace: scheduleRules.paces.planned, ...at('high') }),
  };
}

const monthsOf = (weeks: number): number => Math.round((weeks / weeksPerMonth) * 100) / 100;

/** Each phase from the first start to the last end of its steps. */
function phasesOf(earliest: Schedule, planned: Schedule): Phase[] {
  const length = (schedule: Schedule, phase: string): number => {
    const spans = schedule.steps.filter((_, at) => roadmapSteps[at]!.phase === phase);
    return Math.max(0, ...spans.map((step) => step.endWeek)) - Math.min(...spans.map((step) => step.startWeek));
  };
  return phaseIds.map((id) => ({ id, title: phaseTitles[id], months: { low: monthsOf(length(earliest, id)), high: monthsOf(length(planned, id)) } }));
}

export function planAssessment({ catalog, answers, score, input, assumptions = defaultAssumptions, kickoff, options, formats }: PlanRequest): AssessmentPlan {
  const resolved = EstimateInputSchema.safeParse(input);
  // Invalid input: `estimate` throws its own clear message.
  const likely = resolved.success ? likelyLevelOf(resolved.data, assumptions) : 2;
  const work = roadmapWork(catalog, answers, score, likely, options);
  // Driver by driver the estimate asks again; most drivers change neither the size nor the approach.
  const lengths = new Map<string, Range>();
  const timing = (context: TimingContext): Range => {
    const key = `${context.scale}|${context.extraMonths.low}|${context.extraMonths.high}`;
    let months = lengths.get(key);
    if (!months) {
      const { earliest, planned } = schedulesFor(work, context, false);
      months = { low: halfMonths(earliest.weeks), high: halfMonths(planned.weeks) };
      lengths.set(key, months);
    }
    return months;
  };
  const figures = estimate(input, assumptions, timing, formats);
  const { earliest, planned } = schedulesFor(work, timingContextOf(figures.input, assumptions));
  return {
    kickoff: isoDate(kickoff),
    estimate: { ...figures, phases: phasesOf(earliest, planned) },
    roadmap: placeRoadmap(work, planned, kickoff, earliest),
  };
}

/**
 * The roadmap alone, on its own schedule from `kickoff` (default: today). Costs play no part in it, so any
 * estimate of the same profile gives the same roadmap; `planAssessment` gives both together.
 */
export function buildRoadmap(
  catalog: Catalog,
  answers: Answers,
  score: Pick<Score, 'stage1Blockers'>,
  figures: Pick<Estimate, 'input'>,
  options: RoadmapOptions & { kickoff?: Date; assumptions?: Assumptions } = {},
): Roadmap {
  const { kickoff = todayUtc(), assumptions, ...roadmapOptions } = options;
  return planAssessment({ catalog, answers, score, input: figures.input, assumptions, kickoff, options: roadmapOptions }).roadmap;
}

/** Today as a calendar day in UTC. */
export function todayUtc(now: number = Date.now()): Date {
  return parseIsoDate(isoDate(new Date(now)))!;
}

/**
 * The plan of a stored assessment: its drivers, its own readiness as maturity unless a band was chosen, its
 * kickoff date or else today. Stored drivers were valid when saved and are checked again here.
 */
export function planStoredAssessment(
  request: Omit<PlanRequest, 'input' | 'kickoff'> & { assessment: AssessmentRecord; readiness: number | null; now?: number },
): { ok: true; plan: AssessmentPlan } | { ok: false; errors: string[] } {
  const { assessment, readiness, now, ...rest } = request;
  const drivers = assessment.drivers ?? {};
  const parsed = parseAssessmentDrivers({ employees: String(assessment.employees), sites: String(drivers.sites ?? 1) }, drivers, readiness);
  if (!parsed.ok) return parsed;
  return { ok: true, plan: planAssessment({ ...rest, input: parsed.input, kickoff: kickoffOf(drivers.startDate, now) }) };
}

/** The kickoff date typed for an assessment, or today when none (or no valid one) is set. */
export function kickoffOf(startDate: string | undefined, now?: number): Date {
  return (startDate ? parseIsoDate(startDate) : undefined) ?? todayUtc(now);
}
