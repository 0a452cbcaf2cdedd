/** The roadmap's shapes: its tasks and workstreams, before and after they meet the calendar. */
import type { PhaseId } from '../../data/cost-model';
import type { RoadmapStepData, RoadmapStepId, WorkstreamId } from '../../data/roadmap-steps';
import type { Maturity } from '../answers';
import type { ItemId } from '../catalog';
import type { WeekSpan } from '../schedule';
import type { ItemLevel } from '../verdict';

export type TaskKind = 'close-gap' | 'find-out' | 'milestone';
/** Why a task ranks where it does inside its workstream. */
export type TaskTier = 'stage1-blocker' | 'mandatory' | 'control' | 'milestone';

export interface RoadmapTaskWork {
  /** "close:A.8.13", "find-out:6.1.2", "milestone:stage1". */
  id: string;
  kind: TaskKind;
  /** The one catalog item the task is about; empty for a milestone. */
  itemIds: ItemId[];
  title: string;
  /** The build step whose weeks the task runs in: `gap-analysis` for every find-out task. */
  step: RoadmapStepId;
  /** The workstream it is listed under: `gap-analysis` for every find-out task. */
  workstream: WorkstreamId;
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
 * Where a task, step or workstream sits on the calendar: weeks from kickoff (fractional for a task), the same as
 * months for drawing (never shown as a number), and the calendar days every surface and export prints.
 */
export interface RoadmapSpan extends WeekSpan {
  startMonth: number;
  endMonth: number;
  /** "2027-03-01", UTC. */
  startDate: string;
  endDate: string;
}

export interface RoadmapTask extends RoadmapSpan, RoadmapTaskWork {}

/** A build step as the schedule placed it: the weeks its workstreams share. */
export interface RoadmapStep extends RoadmapSpan {
  id: RoadmapStepId;
  title: string;
  phase: PhaseId;
  taskIds: string[];
}

/** What the plan shows: a workstream with its goal, owner, effort and dates, and its tasks underneath. */
export interface RoadmapWorkstream extends RoadmapSpan {
  id: WorkstreamId;
  title: string;
  goal: string;
  step: RoadmapStepId;
  phase: PhaseId;
  /** Stage 1 or Stage 2: one milestone task, no effort. */
  milestone: boolean;
  /** The owner named on most of its tasks (the first of them on a tie); none when no task names one. */
  owner?: string;
  /** Person-days of its tasks. */
  effortDays: number;
  /**
   * Person-days held on its calendar for what the gap analysis will likely uncover here (items not known yet,
   * sized at the level the assessment's maturity suggests, each with half a day to confirm and record it): no
   * task yet, but the dates count them.
   */
  heldDays: number;
  /** In priority order. */
  taskIds: string[];
  /** The workstreams that must end before it starts. */
  dependsOn: WorkstreamId[];
}

/** The week of an audit, in the plan and at the earliest pace: "2027-03-01". */
export interface StageDates {
  earliest: string;
  planned: string;
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
  /** Every workstream, in build order, including those with no task (a plan shows those with work). */
  workstreams: RoadmapWorkstream[];
  /** Sorted by priority: workstream by workstream. */
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

export type TaskDraft = Omit<RoadmapTaskWork, 'priority' | 'dependsOn' | 'phase'>;

/** A piece of a step's calendar: a task's person-days, or days held for what a find-out task will likely uncover. */
export interface CalendarLoad {
  workstream: WorkstreamId;
  days: number;
  /** The task it places; none for days held. */
  taskId?: string;
}

/** The roadmap's tasks before they meet a calendar, grouped by build step, and what each step holds for the calendar. */
export interface RoadmapWork {
  /** Index for index with `roadmapSteps`. */
  steps: Array<{
    step: RoadmapStepData;
    /** In priority order. */
    tasks: TaskDraft[];
    /** Every task's days in priority order (milestones hold none), then the days held for findings. */
    load: CalendarLoad[];
  }>;
}
