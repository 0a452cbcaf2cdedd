/**
 * Places the roadmap's steps and tasks on the estimate's calendar. The four phases run back to back at their
 * longest (`phase.months.high`), so the roadmap ends exactly at `estimate.months.high`. Inside a phase its steps
 * follow one another in build order, each taking a share of the phase in proportion to its effort; inside a
 * step its tasks run in a few parallel workstreams in priority order, stretched to fill the step. Every task of
 * a step therefore ends before any task of a later step starts, which is what the dependencies require.
 */
import type { PhaseId } from '../../data/cost-model';
import type { Phase } from '../estimate';

export interface MonthSpan {
  startMonth: number;
  endMonth: number;
}

export interface StepToSchedule {
  phase: PhaseId;
  /** Person-days of each of the step's tasks, in priority order. */
  taskEfforts: number[];
}

export interface ScheduledStep {
  span: MonthSpan;
  tasks: MonthSpan[];
}

/**
 * How many of a step's tasks run side by side: an ISMS owner, IT and HR (or a consultant) usually work on
 * about three fronts at once.
 */
export const workstreams = 3;

/**
 * The least share of its phase a step with work gets, so that a step with few person-days still has calendar
 * time: approvals and meetings take weeks even when they take little effort.
 */
export const minimumStepShare = 0.15;

/** Fractional months, kept to two decimals. Rounding is monotonic, so it never reverses an order. */
const roundMonth = (month: number): number => Math.round(month * 100) / 100;

function phaseCalendar(phases: readonly Phase[]): Map<PhaseId, MonthSpan> {
  const calendar = new Map<PhaseId, MonthSpan>();
  let month = 0;
  for (const phase of phases) {
    calendar.set(phase.id, { startMonth: month, endMonth: month + phase.months.high });
    month += phase.months.high;
  }
  return calendar;
}

/** Greedy list scheduling: each task goes to the workstream that is free first, then all is stretched to `span`. */
function placeInWorkstreams(efforts: number[], span: MonthSpan): MonthSpan[] {
  const freeAt = new Array<number>(Math.min(workstreams, efforts.length)).fill(0);
  const placed = efforts.map((effort) => {
    const lane = freeAt.indexOf(Math.min(...freeAt));
    const start = freeAt[lane]!;
    freeAt[lane] = start + effort;
    return { start, end: start + effort };
  });
  const makespan = Math.max(0, ...freeAt);
  if (makespan === 0) return efforts.map(() => ({ ...span }));
  const scale = (span.endMonth - span.startMonth) / makespan;
  return placed.map(({ start, end }) => ({
    startMonth: roundMonth(span.startMonth + start * scale),
    endMonth: roundMonth(Math.min(span.endMonth, span.startMonth + end * scale)),
  }));
}

/** `steps` in build order; the result is index for index. */
export function scheduleSteps(steps: readonly StepToSchedule[], phases: readonly Phase[]): ScheduledStep[] {
  const calendar = phaseCalendar(phases);
  const result: ScheduledStep[] = [];
  const efforts = steps.map((step) => step.taskEfforts.reduce((sum, effort) => sum + effort, 0));
  for (const [at, step] of steps.entries()) {
    const phase = calendar.get(step.phase) ?? { startMonth: 0, endMonth: 0 };
    const members = steps.flatMap((other, index) => (other.phase === step.phase ? [index] : []));
    const phaseEffort = members.reduce((sum, index) => sum + efforts[index]!, 0);
    const weightOf = (index: number): number => {
      if (steps[index]!.taskEfforts.length === 0) return 0;
      return phaseEffort === 0 ? 1 : Math.max(efforts[index]!, minimumStepShare * phaseEffort);
    };
    const totalWeight = members.reduce((sum, index) => sum + weightOf(index), 0);
    const before = members.filter((index) => index < at).reduce((sum, index) => sum + weightOf(index), 0);
    const length = phase.endMonth - phase.startMonth;
    const share = (weight: number) => (totalWeight === 0 ? 0 : (length * weight) / totalWeight);
    // Both ends from the running total, so a step starts at exactly the month its predecessor ends.
    const startMonth = phase.startMonth + share(before);
    const endMonth = Math.min(phase.endMonth, phase.startMonth + share(before + weightOf(at)));
    const span = { startMonth, endMonth };
    result.push({
      span: { startMonth: roundMonth(startMonth), endMonth: roundMonth(endMonth) },
      tasks: placeInWorkstreams(step.taskEfforts, span),
    });
  }
  return result;
}
