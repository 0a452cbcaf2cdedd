/**
 * The remediation roadmap (DESIGN §8, §10): every gap becomes a task, in the order an ISMS is really built
 * (data/roadmap-steps.ts), placed on the calendar of its own remaining work (lib/schedule): the steps follow
 * one another along their dependencies, each as long as its tasks need, from a kickoff date.
 *
 * - A gap is an item below its target level (default 3). A level below target gives a `close-gap` task;
 *   "don't know" and no answer at all give a `find-out` task; N/A (controls only) gives none.
 * - Priority is the task's rank in the roadmap, 1 first: build step order, then Stage 1 blockers (worst
 *   first, as scoring lists them), then clause requirements, then controls; inside the last two, weight × gap
 *   descending, then catalog order. A find-out task counts as a full gap: not knowing usually means missing.
 * - Effort: `effortDays[item.effort] × (target − level) / 3` person-days, rounded to half days (at least half
 *   a day). The size's days close a whole gap from 0 to the default target 3, each level a third of it.
 *   A find-out task takes `findOutDays`; for the calendar it also holds the work it will likely uncover, as if
 *   the item stood at the level the assessment's maturity suggests.
 * - Dependencies: a task depends on every task of the steps its step needs; a needed step without tasks passes
 *   its own needs on. Stage 1 and Stage 2 depend on every task before them.
 */
import { defaultTargetLevel, effortDays as effortDaysBySize } from '../../data/answer-scale';
import type { PhaseId } from '../../data/cost-model';
import { clauseActions, roadmapSteps, type RoadmapStepData, type RoadmapStepId } from '../../data/roadmap-steps';
import type { Answers, Maturity } from '../answers';
import type { Catalog, CatalogItem, ItemId } from '../catalog';
import { dateAtWeek, weeksPerMonth, type Schedule, type StepWork, type WeekSpan } from '../schedule';
import { isoDate } from '../calendar';
import type { Score } from '../scoring';
import { effectiveLevel, type ItemLevel } from '../verdict';

export type { RoadmapStepId } from '../../data/roadmap-steps';

export type TaskKind = 'close-gap' | 'find-out' | 'milestone';
/** Why a task ranks where it does inside its step. */
export type TaskTier = 'stage1-blocker' | 'mandatory' | 'control' | 'milestone';

export interface RoadmapTaskWork {
  /** "close:A.8.13", "find-out:6.1.2", "milestone:stage1". */
  id: string;
  kind: TaskKind;
  /** The one catalog item the task is about; empty for a milestone. */
  itemIds: ItemId[];
  title: string;
  step: RoadmapStepId;
  tier: TaskTier;
  /** 1 = do first; equals the task's position in `Roadmap.tasks` plus one. */
  priority: number;
  /** The item's level now; null for a milestone. */
  level: Exclude<ItemLevel, 'na'> | null;
  /** The level the task brings the item to; null for a milestone. */
  targetLevel: Maturity | null;
  /** Person-days of staff or consultant time; 0 for a milestone. */
  effortDays: number;
  /** The answer's owner, when one is named. */
  owner?: string;
  dependsOn: string[];
  phase: PhaseId;
}

/**
 * Where a task or step sits on the calendar: weeks from kickoff (fractional for a task), the same as months
 * for drawing (never shown as a number), and the calendar days every surface and export prints.
 */
export interface RoadmapSpan extends WeekSpan {
  startMonth: number;
  endMonth: number;
  /** "2027-03-01", UTC. */
  startDate: string;
  endDate: string;
}

export interface RoadmapTask extends RoadmapSpan, RoadmapTaskWork {}

export interface RoadmapStep extends RoadmapSpan {
  id: RoadmapStepId;
  title: string;
  phase: PhaseId;
  taskIds: string[];
}

export interface Roadmap {
  /** The kickoff date, "2027-03-01". */
  kickoff: string;
  /** Kickoff to the end of Stage 2, in weeks, and the same in months for drawing. */
  weeks: number;
  months: number;
  /** When the three months of operation with records start; null when the ISMS already operates with records. */
  operatingFrom: string | null;
  /** The week each audit starts: in this plan, and at the earliest pace (the estimate's shorter end). */
  stages: { stage1: StageDates; stage2: StageDates };
  /** Every build step, in order, including those with no task. */
  steps: RoadmapStep[];
  /** Sorted by priority. */
  tasks: RoadmapTask[];
  /** Sum of every task's effort. */
  effortDays: number;
}

export interface RoadmapOptions {
  /** The level every item should reach; `defaultTargetLevel` (3) unless given. */
  targetLevel?: Maturity;
  /** Per-item targets that replace `targetLevel`. */
  targets?: Readonly<Record<ItemId, Maturity>>;
}

/** The roadmap's tasks before they meet a calendar, grouped by build step, and what each holds for the calendar. */
export interface RoadmapWork {
  /** Index for index with `roadmapSteps`; tasks in priority order. */
  steps: Array<{ step: RoadmapStepData; tasks: Array<Omit<RoadmapTaskWork, 'priority' | 'dependsOn' | 'phase'>>; calendarDays: number[] }>;
}

/** Half a day to look at the evidence and ask whoever runs it. */
export const findOutDays = 0.5;

const controlActions: Record<number, string> = {
  0: 'Put in place',
  1: 'Write down and formalise',
  2: 'Operate and keep records for',
  3: 'Make audit-ready',
};

const tierRank: Record<TaskTier, number> = { 'stage1-blocker': 0, mandatory: 1, control: 2, milestone: 3 };
const stepRank = new Map(roadmapSteps.map((step, at) => [step.id, at]));
const stepOfItem = new Map(roadmapSteps.flatMap((step) => step.items.map((id) => [id, step.id] as const)));

type Draft = Omit<RoadmapTaskWork, 'priority' | 'dependsOn' | 'phase'> & {
  /** Weight × gap and catalog position, for the order inside a tier. */
  urgency: number;
  position: number;
  /** Person-days the calendar gives the task: its effort, or for a find-out task what it will likely uncover. */
  calendarDays: number;
};

function titleOf(item: CatalogItem, level: Exclude<ItemLevel, 'na'>): string {
  if (level === 'dont-know') return `Find out where things stand: ${item.title}`;
  if (level === 'unanswered') return `Assess (not answered yet): ${item.title}`;
  return (item.kind === 'clause' && clauseActions[item.id]) || `${controlActions[level]}: ${item.title}`;
}

function effortOf(item: CatalogItem, level: Maturity, target: Maturity): number {
  const days = (effortDaysBySize[item.effort] * (target - level)) / defaultTargetLevel;
  return Math.max(0.5, Math.round(days * 2) / 2);
}

function draftTask(
  item: CatalogItem,
  position: number,
  answers: Answers,
  target: Maturity,
  blockers: Set<ItemId>,
  likelyLevel: Maturity,
): Draft | undefined {
  const answer = answers[item.id];
  const level = effectiveLevel(item, answer);
  if (level === 'na' || (typeof level === 'number' && level >= target)) return undefined;
  const known = typeof level === 'number';
  const owner = answer?.owner?.trim();
  return {
    id: `${known ? 'close' : 'find-out'}:${item.id}`,
    kind: known ? 'close-gap' : 'find-out',
    itemIds: [item.id],
    title: titleOf(item, level),
    step: stepOfItem.get(item.id) ?? 'controls',
    tier: blockers.has(item.id) ? 'stage1-blocker' : item.kind === 'clause' ? 'mandatory' : 'control',
    level,
    targetLevel: target,
    effortDays: known ? effortOf(item, level, target) : findOutDays,
    ...(owner ? { owner } : {}),
    urgency: item.weight * (target - (known ? level : 0)),
    position,
    calendarDays: known ? effortOf(item, level, target) : findOutDays + (likelyLevel < target ? effortOf(item, likelyLevel, target) : 0),
  };
}

function milestoneDraft(step: RoadmapStepData, position: number): Draft {
  return {
    id: `milestone:${step.id}`,
    kind: 'milestone',
    itemIds: [],
    title: step.milestone ?? step.title,
    step: step.id,
    tier: 'milestone',
    level: null,
    targetLevel: null,
    effortDays: 0,
    urgency: 0,
    position,
    calendarDays: 0,
  };
}

function byRoadmapOrder(stage1Order: Map<ItemId, number>) {
  return (a: Draft, b: Draft): number =>
    stepRank.get(a.step)! - stepRank.get(b.step)! ||
    tierRank[a.tier] - tierRank[b.tier] ||
    (a.tier === 'stage1-blocker' ? stage1Order.get(a.itemIds[0]!)! - stage1Order.get(b.itemIds[0]!)! : 0) ||
    b.urgency - a.urgency ||
    a.position - b.position;
}

/** The ids of the tasks that a step's tasks wait for; `earlier` holds every task of the steps before it. */
function dependencies(step: RoadmapStepData, work: RoadmapWork, earlier: readonly string[]): string[] {
  if (step.milestone) return [...earlier];
  const tasksOf = new Map(work.steps.map((entry) => [entry.step.id, entry.tasks]));
  const found = new Set<string>();
  const visit = (id: RoadmapStepId) => {
    const tasks = tasksOf.get(id) ?? [];
    if (tasks.length > 0) for (const task of tasks) found.add(task.id);
    else for (const need of roadmapSteps[stepRank.get(id)!]!.needs) visit(need);
  };
  for (const need of step.needs) visit(need);
  return [...found];
}

/**
 * The roadmap's tasks in priority order, by build step, before any calendar. `likelyLevel` is where an item
 * nobody has answered probably stands (from the assessment's maturity): it sizes find-out tasks on the calendar.
 */
export function roadmapWork(
  catalog: Catalog,
  answers: Answers,
  score: Pick<Score, 'stage1Blockers'>,
  likelyLevel: Maturity,
  options: RoadmapOptions = {},
): RoadmapWork {
  const blockers = new Set(score.stage1Blockers);
  const stage1Order = new Map(score.stage1Blockers.map((id, at) => [id, at]));
  const targetOf = (id: ItemId): Maturity => options.targets?.[id] ?? options.targetLevel ?? defaultTargetLevel;
  const drafts = catalog.items.flatMap((item, at) => draftTask(item, at, answers, targetOf(item.id), blockers, likelyLevel) ?? []);
  for (const step of roadmapSteps) if (step.milestone) drafts.push(milestoneDraft(step, drafts.length));
  drafts.sort(byRoadmapOrder(stage1Order));
  const tasksByStep = new Map<RoadmapStepId, Draft[]>(roadmapSteps.map((step) => [step.id, []]));
  for (const draft of drafts) tasksByStep.get(draft.step)!.push(draft);
  return {
    steps: roadmapSteps.map((step) => {
      const drafted = tasksByStep.get(step.id)!;
      const tasks = drafted.map(({ urgency: _urgency, position: _position, calendarDays: _days, ...task }) => task);
      return { step, tasks, calendarDays: drafted.map((task) => task.calendarDays) };
    }),
  };
}

/** What the schedule needs of the work: each step's tasks' calendar days, times the organization's size factor. */
export function stepWork(work: RoadmapWork, sizeFactor: number): StepWork[] {
  return work.steps.map(({ step, tasks, calendarDays }) => ({
    id: step.id,
    needs: step.needs,
    efforts: step.milestone ? [] : tasks.map((_, index) => calendarDays[index]! * sizeFactor),
  }));
}

const monthOf = (week: number): number => Math.round((week / weeksPerMonth) * 100) / 100;

function spanOn(kickoff: Date, { startWeek, endWeek }: WeekSpan): RoadmapSpan {
  return {
    startWeek,
    endWeek,
    startMonth: monthOf(startWeek),
    endMonth: monthOf(endWeek),
    startDate: isoDate(dateAtWeek(kickoff, startWeek)),
    endDate: isoDate(dateAtWeek(kickoff, endWeek)),
  };
}

/** The week of an audit, in the plan and at the earliest pace: "2027-03-01". */
export interface StageDates {
  earliest: string;
  planned: string;
}

/**
 * The work laid on the planned schedule made from it (`scheduleWork(stepWork(work, …))`), from `kickoff`; the
 * earliest schedule gives the audits' earliest weeks.
 */
export function placeRoadmap(work: RoadmapWork, schedule: Schedule, kickoff: Date, earliest: Schedule = schedule): Roadmap {
  const stageDate = (from: Schedule, id: RoadmapStepId) => isoDate(dateAtWeek(kickoff, from.steps.find((step) => step.id === id)!.startWeek));
  const stages = {
    stage1: { earliest: stageDate(earliest, 'stage1'), planned: stageDate(schedule, 'stage1') },
    stage2: { earliest: stageDate(earliest, 'stage2'), planned: stageDate(schedule, 'stage2') },
  };
  const tasks: RoadmapTask[] = [];
  const earlier: string[] = [];
  const steps: RoadmapStep[] = work.steps.map(({ step, tasks: stepTasks }, at) => {
    const dependsOn = dependencies(step, work, earlier);
    const placed = schedule.steps[at]!;
    for (const [index, task] of stepTasks.entries()) {
      const span = step.milestone ? placed : placed.tasks[index]!;
      tasks.push({ ...task, priority: tasks.length + 1, dependsOn: [...dependsOn], phase: step.phase, ...spanOn(kickoff, span) });
    }
    earlier.push(...stepTasks.map((task) => task.id));
    return { id: step.id, title: step.title, phase: step.phase, ...spanOn(kickoff, placed), taskIds: stepTasks.map((task) => task.id) };
  });
  const effortDays = tasks.reduce((sum, task) => sum + task.effortDays, 0);
  const operatingFrom = schedule.operatingFrom === null ? null : isoDate(dateAtWeek(kickoff, schedule.operatingFrom));
  return { kickoff: isoDate(kickoff), weeks: schedule.weeks, months: monthOf(schedule.weeks), operatingFrom, stages, steps, tasks, effortDays };
}

export {
  buildRoadmap,
  kickoffOf,
  likelyLevelOf,
  planAssessment,
  planStoredAssessment,
  todayUtc,
  type AssessmentPlan,
  type PlanRequest,
} from './plan';
