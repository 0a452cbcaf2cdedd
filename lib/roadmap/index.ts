/**
 * The remediation roadmap (DESIGN §8, §10): every gap becomes a task, in the order an ISMS is really built
 * (data/roadmap-steps.ts), placed on the estimate's calendar (lib/roadmap/schedule.ts).
 *
 * - A gap is an item below its target level (default 3). A level below target gives a `close-gap` task;
 *   "don't know" and no answer at all give a `find-out` task; N/A (controls only) gives none.
 * - Priority is the task's rank in the roadmap, 1 first: build step order, then Stage 1 blockers (worst
 *   first, as scoring lists them), then clause requirements, then controls; inside the last two, weight × gap
 *   descending, then catalog order. A find-out task counts as a full gap: not knowing usually means missing.
 * - Effort: `effortDays[item.effort] × (target − level) / 3` person-days, rounded to half days (at least half
 *   a day). The size's days close a whole gap from 0 to the default target 3, each level a third of it.
 *   A find-out task takes `findOutDays`; the work it uncovers is planned once the answer is in.
 * - Dependencies: a task depends on every task of the steps its step needs; a needed step without tasks passes
 *   its own needs on. Stage 1 and Stage 2 depend on every task before them.
 */
import { defaultTargetLevel, effortDays as effortDaysBySize } from '../../data/answer-scale';
import type { PhaseId } from '../../data/cost-model';
import { clauseActions, roadmapSteps, type RoadmapStepData, type RoadmapStepId } from '../../data/roadmap-steps';
import type { Answers, Maturity } from '../answers';
import type { Catalog, CatalogItem, ItemId } from '../catalog';
import type { Estimate } from '../estimate';
import { scheduleSteps } from './schedule';
import type { Score } from '../scoring';
import { effectiveLevel, type ItemLevel } from '../verdict';

export type { RoadmapStepId } from '../../data/roadmap-steps';

export type TaskKind = 'close-gap' | 'find-out' | 'milestone';
/** Why a task ranks where it does inside its step. */
export type TaskTier = 'stage1-blocker' | 'mandatory' | 'control' | 'milestone';

export interface RoadmapTask {
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
  /** Months from kickoff, fractional, within 0 … `Roadmap.months`. */
  startMonth: number;
  endMonth: number;
}

export interface RoadmapStep {
  id: RoadmapStepId;
  title: string;
  phase: PhaseId;
  startMonth: number;
  endMonth: number;
  taskIds: string[];
}

export interface Roadmap {
  /** Kickoff to the end of Stage 2: `estimate.months.high`. */
  months: number;
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

type Draft = Omit<RoadmapTask, 'priority' | 'dependsOn' | 'phase' | 'startMonth' | 'endMonth'> & {
  /** Weight × gap and catalog position, for the order inside a tier. */
  urgency: number;
  position: number;
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

function draftTask(item: CatalogItem, position: number, answers: Answers, target: Maturity, blockers: Set<ItemId>): Draft | undefined {
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

/** The ids of the tasks that a step's tasks wait for. */
function dependencies(step: RoadmapStepData, tasksByStep: Map<RoadmapStepId, Draft[]>, earlier: Draft[]): string[] {
  if (step.milestone) return earlier.map((task) => task.id);
  const found = new Set<string>();
  const visit = (id: RoadmapStepId) => {
    const tasks = tasksByStep.get(id) ?? [];
    if (tasks.length > 0) for (const task of tasks) found.add(task.id);
    else for (const need of roadmapSteps[stepRank.get(id)!]!.needs) visit(need);
  };
  for (const need of step.needs) visit(need);
  return [...found];
}

export function buildRoadmap(
  catalog: Catalog,
  answers: Answers,
  score: Pick<Score, 'stage1Blockers'>,
  estimate: Pick<Estimate, 'months' | 'phases'>,
  options: RoadmapOptions = {},
): Roadmap {
  const blockers = new Set(score.stage1Blockers);
  const stage1Order = new Map(score.stage1Blockers.map((id, at) => [id, at]));
  const targetOf = (id: ItemId): Maturity => options.targets?.[id] ?? options.targetLevel ?? defaultTargetLevel;
  const drafts = catalog.items.flatMap((item, at) => draftTask(item, at, answers, targetOf(item.id), blockers) ?? []);
  for (const step of roadmapSteps) if (step.milestone) drafts.push(milestoneDraft(step, drafts.length));
  drafts.sort(byRoadmapOrder(stage1Order));

  const tasksByStep = new Map<RoadmapStepId, Draft[]>(roadmapSteps.map((step) => [step.id, []]));
  for (const draft of drafts) tasksByStep.get(draft.step)!.push(draft);
  const scheduled = scheduleSteps(
    roadmapSteps.map((step) => ({ phase: step.phase, taskEfforts: tasksByStep.get(step.id)!.map((task) => task.effortDays) })),
    estimate.phases,
  );

  const tasks: RoadmapTask[] = [];
  const steps: RoadmapStep[] = roadmapSteps.map((step, at) => {
    const stepTasks = tasksByStep.get(step.id)!;
    const dependsOn = dependencies(step, tasksByStep, drafts.slice(0, tasks.length));
    for (const [index, { urgency: _urgency, position: _position, ...task }] of stepTasks.entries()) {
      const span = scheduled[at]!.tasks[index]!;
      tasks.push({ ...task, priority: tasks.length + 1, dependsOn: [...dependsOn], phase: step.phase, ...span });
    }
    const { span } = scheduled[at]!;
    return { id: step.id, title: step.title, phase: step.phase, ...span, taskIds: stepTasks.map((task) => task.id) };
  });
  const effortDays = tasks.reduce((sum, task) => sum + task.effortDays, 0);
  return { months: estimate.months.high, steps, tasks, effortDays };
}
