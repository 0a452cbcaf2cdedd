/**
 * One schedule from the work that remains (DESIGN §7, §8): the roadmap's build steps in their order, each as
 * long as its tasks' effort needs at a given pace, each starting when the steps it needs have ended, so the end
 * of Stage 2 is the end of the critical path. The estimate's months, the roadmap's bars and every date on every
 * surface and export come from this one calculation.
 *
 * - A step with work takes its effort over the team's weekly capacity, no less than its longest task at one
 *   person's pace, and no less than the pace's minimum step: whole weeks. Its tasks run in up to
 *   `scheduleRules.lanes` lanes side by side; when it holds several workstreams, each has lanes of its own.
 * - Three months of the ISMS operating with records come before the internal audit and Stage 2, counted from
 *   the end of the last building work; an ISMS with nothing left to build already operates, and the window is
 *   behind it.
 * - Stage 1 follows the management review after the body's lead time; Stage 2 follows Stage 1 after the time
 *   to close its findings. Each audit takes a week.
 */
import type { RoadmapStepId } from '../../data/roadmap-steps';
import { scheduleRules, type Pace } from '../../data/schedule-rules';

export { scheduleRules, type Pace } from '../../data/schedule-rules';

export interface StepWork {
  id: RoadmapStepId;
  /** Steps that must end before this one starts. */
  needs: readonly RoadmapStepId[];
  /** Person-days of each of the step's tasks, in priority order, already sized for the organization. */
  efforts: readonly number[];
  /**
   * Index for index with `efforts`: the workstream each piece of work belongs to, when the step holds several.
   * The step's lanes are shared out among them, so they run side by side rather than one after another.
   */
  streams?: readonly number[];
}

export interface WeekSpan {
  /** Weeks from kickoff; a task's ends can fall inside a week, a step's are whole weeks. */
  startWeek: number;
  endWeek: number;
}

export interface ScheduledStep extends WeekSpan {
  id: RoadmapStepId;
  /** Index for index with the step's efforts. */
  tasks: WeekSpan[];
}

export interface Schedule {
  /** In the order given. */
  steps: ScheduledStep[];
  /** Kickoff to the end of Stage 2. */
  weeks: number;
  /** The week the three months of operation with records start; null when the ISMS already operates. */
  operatingFrom: number | null;
}

export interface ScheduleOptions {
  pace: Pace;
  /** False when only the length matters (the estimate's months): tasks are then not placed. */
  placeTasks?: boolean;
  /** Weeks the approach adds to building the ISMS (an in-house team learns as it goes). */
  extraBuildWeeks?: number;
}

/** The steps after the ISMS is built: checking it, and the certification body's two audits. */
const checkSteps: ReadonlySet<RoadmapStepId> = new Set(['internal-audit', 'management-review', 'stage1', 'stage2']);

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** Weeks of work for a step, before whole weeks; 0 without tasks. */
function workWeeks(efforts: readonly number[], pace: Pace): number {
  if (efforts.length === 0) return 0;
  return Math.max(pace.minimumStepWeeks, sum(efforts) / pace.teamDaysPerWeek, Math.max(...efforts) / pace.personDaysPerWeek);
}

/**
 * Greedy list scheduling in priority order over the lanes, stretched to fill the step's span. Several workstreams
 * share the lanes out (at least one each), and each places its own work in its own lanes.
 */
function placeTasks(efforts: readonly number[], span: WeekSpan, streams: readonly number[] = efforts.map(() => 0)): WeekSpan[] {
  const distinct = [...new Set(streams)];
  const lanesEach = Math.max(1, Math.floor(scheduleRules.lanes / distinct.length));
  const freeAt = new Map(
    distinct.map((stream) => [stream, new Array<number>(Math.min(lanesEach, streams.filter((other) => other === stream).length)).fill(0)]),
  );
  const placed = efforts.map((effort, index) => {
    const lanes = freeAt.get(streams[index]!)!;
    const lane = lanes.indexOf(Math.min(...lanes));
    const start = lanes[lane]!;
    lanes[lane] = start + effort;
    return { start, end: start + effort };
  });
  const makespan = Math.max(0, ...[...freeAt.values()].flat());
  const length = span.endWeek - span.startWeek;
  if (makespan === 0) return efforts.map(() => ({ ...span }));
  const scale = length / makespan;
  return placed.map(({ start, end }) => ({
    startWeek: span.startWeek + start * scale,
    endWeek: Math.min(span.endWeek, span.startWeek + end * scale),
  }));
}

/** `steps` in build order: every step's needs come before it. */
export function scheduleWork(steps: readonly StepWork[], { pace, extraBuildWeeks = 0, placeTasks: place = true }: ScheduleOptions): Schedule {
  const building = steps.filter((step) => !checkSteps.has(step.id));
  const operating = building.every((step) => step.efforts.length === 0);
  const lastBuilding = [...building].reverse().find((step) => step.id !== 'operation' && step.efforts.length > 0)?.id;
  const ends = new Map<RoadmapStepId, number>();
  let operatingFrom: number | null = null;
  const scheduled = steps.map((step): ScheduledStep => {
    let start = Math.max(0, ...step.needs.map((need) => ends.get(need) ?? 0));
    let weeks = Math.ceil(workWeeks(step.efforts, pace) + (step.id === lastBuilding ? extraBuildWeeks : 0));
    if (step.id === 'operation' && !operating) {
      operatingFrom = start;
      weeks = Math.max(weeks, scheduleRules.operationWeeks);
    }
    if (step.id === 'stage1') [start, weeks] = [start + pace.stage1LeadWeeks, scheduleRules.auditWeeks];
    if (step.id === 'stage2') [start, weeks] = [start + pace.stage2GapWeeks, scheduleRules.auditWeeks];
    const span = { startWeek: start, endWeek: start + weeks };
    ends.set(step.id, span.endWeek);
    return { id: step.id, ...span, tasks: place ? placeTasks(step.efforts, span, step.streams) : [] };
  });
  return { steps: scheduled, weeks: Math.max(0, ...ends.values()), operatingFrom };
}

export const weeksPerMonth = 52 / 12;

/** Weeks as months to the half month, the way the estimate quotes its range. */
export function halfMonths(weeks: number): number {
  return Math.round((weeks / weeksPerMonth) * 2) / 2;
}

/** A week from kickoff as a calendar day (UTC): a fractional week falls on the day it reaches. */
export function dateAtWeek(kickoff: Date, week: number): Date {
  return new Date(kickoff.getTime() + Math.round(week * 7) * 86_400_000);
}
