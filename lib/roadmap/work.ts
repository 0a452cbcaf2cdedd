/**
 * The roadmap's work before any calendar: every gap as a task, in build order, workstream by workstream, and the
 * person-days each build step holds on the calendar (see the rules in ./index.ts).
 */
import { defaultTargetLevel, effortDays as effortDaysBySize } from '../../data/answer-scale';
import {
  clauseActions,
  roadmapSteps,
  roadmapWorkstreams,
  type RoadmapStepData,
  type RoadmapStepId,
  type WorkstreamId,
} from '../../data/roadmap-steps';
import type { Answers, Maturity } from '../answers';
import type { Catalog, CatalogItem, ItemId } from '../catalog';
import type { StepWork } from '../schedule';
import type { Score } from '../scoring';
import { effectiveLevel, type ItemLevel } from '../verdict';
import type { CalendarLoad, RoadmapOptions, RoadmapWork, TaskDraft, TaskTier } from './types';

/** Half a day to look at the evidence and ask whoever runs it. */
export const findOutDays = 0.5;

const controlActions: Record<number, string> = {
  0: 'Put in place',
  1: 'Write down and formalise',
  2: 'Operate and keep records for',
  3: 'Make audit-ready',
};

const tierRank: Record<TaskTier, number> = { 'stage1-blocker': 0, mandatory: 1, control: 2, milestone: 3 };
const workstreamRank = new Map(roadmapWorkstreams.map((workstream, at) => [workstream.id, at]));
const stepOfWorkstream = new Map(roadmapWorkstreams.map((workstream) => [workstream.id, workstream.step]));
const workstreamOfItem = new Map(roadmapWorkstreams.flatMap((workstream) => workstream.items.map((id) => [id, workstream.id] as const)));

/** The topical workstream an item's work belongs to (the controls' themes for an item not listed). */
function homeWorkstream(id: ItemId): WorkstreamId {
  const listed = workstreamOfItem.get(id);
  if (listed) return listed;
  if (id.startsWith('A.6.') || id.startsWith('A.7.')) return 'people-physical-controls';
  if (id.startsWith('A.8.')) return 'technological-controls';
  return 'organisational-controls';
}

type Draft = TaskDraft & {
  /** Weight × gap and catalog position, for the order inside a tier. */
  urgency: number;
  position: number;
  /** Person-days the calendar gives the task itself. */
  calendarDays: number;
  /** For a find-out task: its item's workstream, and the days held there for what it will likely uncover. */
  held?: { workstream: WorkstreamId; days: number };
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

/**
 * What an unknown item holds on its own workstream's calendar until the gap analysis has found out: the work it
 * will likely need (as if it stood at the level the assessment's maturity suggests), plus the half day of
 * confirming and recording what was found there, which even an item found in place needs.
 */
function heldDays(item: CatalogItem, likelyLevel: Maturity, target: Maturity): number {
  return findOutDays + (likelyLevel < target ? effortOf(item, likelyLevel, target) : 0);
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
  const home = homeWorkstream(item.id);
  const workstream = known ? home : 'gap-analysis';
  const effortDays = known ? effortOf(item, level, target) : findOutDays;
  return {
    id: `${known ? 'close' : 'find-out'}:${item.id}`,
    kind: known ? 'close-gap' : 'find-out',
    itemIds: [item.id],
    title: titleOf(item, level),
    step: stepOfWorkstream.get(workstream)!,
    workstream,
    tier: blockers.has(item.id) ? 'stage1-blocker' : item.kind === 'clause' ? 'mandatory' : 'control',
    level,
    targetLevel: target,
    effortDays,
    ...(owner ? { owner } : {}),
    urgency: item.weight * (target - (known ? level : 0)),
    position,
    calendarDays: effortDays,
    ...(known ? {} : { held: { workstream: home, days: heldDays(item, likelyLevel, target) } }),
  };
}

function milestoneDraft(step: RoadmapStepData, position: number): Draft {
  return {
    id: `milestone:${step.id}`,
    kind: 'milestone',
    itemIds: [],
    title: step.milestone ?? step.title,
    step: step.id,
    workstream: step.id as WorkstreamId,
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
    workstreamRank.get(a.workstream)! - workstreamRank.get(b.workstream)! ||
    tierRank[a.tier] - tierRank[b.tier] ||
    (a.tier === 'stage1-blocker' ? stage1Order.get(a.itemIds[0]!)! - stage1Order.get(b.itemIds[0]!)! : 0) ||
    b.urgency - a.urgency ||
    a.position - b.position;
}

/**
 * The roadmap's tasks in priority order, by build step, before any calendar. `likelyLevel` is where an item
 * nobody has answered probably stands (from the assessment's maturity): what its find-out task will likely
 * uncover is held on the calendar of the item's own workstream, so the dates do not assume it is all done.
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
  const byStep = new Map<RoadmapStepId, { tasks: Draft[]; held: CalendarLoad[] }>(roadmapSteps.map((step) => [step.id, { tasks: [], held: [] }]));
  for (const draft of drafts) {
    byStep.get(draft.step)!.tasks.push(draft);
    if (draft.held) byStep.get(stepOfWorkstream.get(draft.held.workstream)!)!.held.push({ ...draft.held });
  }
  return {
    steps: roadmapSteps.map((step) => {
      const { tasks: drafted, held } = byStep.get(step.id)!;
      const tasks = drafted.map(({ urgency: _urgency, position: _position, calendarDays: _days, held: _held, ...task }) => task);
      const load = step.milestone
        ? []
        : [...drafted.map((task) => ({ workstream: task.workstream, days: task.calendarDays, taskId: task.id })), ...held];
      return { step, tasks, load };
    }),
  };
}

/** What the schedule needs of the work: each step's calendar days times the organization's size factor, by workstream. */
export function stepWork(work: RoadmapWork, sizeFactor: number): StepWork[] {
  return work.steps.map(({ step, load }) => ({
    id: step.id,
    needs: step.needs,
    efforts: load.map((piece) => piece.days * sizeFactor),
    streams: load.map((piece) => workstreamRank.get(piece.workstream)!),
  }));
}
