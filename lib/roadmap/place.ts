/**
 * The roadmap's work laid on a schedule: every task, build step and workstream gets its weeks and calendar days.
 */
import { roadmapSteps, roadmapWorkstreams, type RoadmapStepData, type RoadmapStepId, type WorkstreamId } from '../../data/roadmap-steps';
import { isoDate } from '../calendar';
import { dateAtWeek, weeksPerMonth, type Schedule, type WeekSpan } from '../schedule';
import { mostNamedOwner } from './workstreams';
import type { Roadmap, RoadmapSpan, RoadmapStep, RoadmapTask, RoadmapWork, RoadmapWorkstream } from './types';

const stepRank = new Map(roadmapSteps.map((step, at) => [step.id, at]));

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

/** From the first start to the last end of `spans`; a workstream with nothing placed sits at its step's start. */
function hull(spans: readonly WeekSpan[], step: WeekSpan): WeekSpan {
  if (spans.length === 0) return { startWeek: step.startWeek, endWeek: step.startWeek };
  return { startWeek: Math.min(...spans.map((span) => span.startWeek)), endWeek: Math.max(...spans.map((span) => span.endWeek)) };
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
  /** Each workstream's placed pieces of work (tasks and days held), and its held days. */
  const pieces = new Map<WorkstreamId, { spans: WeekSpan[]; heldDays: number }>(roadmapWorkstreams.map((entry) => [entry.id, { spans: [], heldDays: 0 }]));
  const steps: RoadmapStep[] = work.steps.map(({ step, tasks: stepTasks, load }, at) => {
    const dependsOn = dependencies(step, work, earlier);
    const placed = schedule.steps[at]!;
    const spanOfTask = new Map<string, WeekSpan>();
    for (const [index, piece] of load.entries()) {
      const span = placed.tasks[index] ?? placed;
      pieces.get(piece.workstream)!.spans.push(span);
      if (piece.taskId) spanOfTask.set(piece.taskId, span);
      else pieces.get(piece.workstream)!.heldDays += piece.days;
    }
    for (const task of stepTasks) {
      const span = spanOfTask.get(task.id) ?? placed;
      tasks.push({ ...task, priority: tasks.length + 1, dependsOn: [...dependsOn], phase: step.phase, ...spanOn(kickoff, span) });
    }
    earlier.push(...stepTasks.map((task) => task.id));
    return { id: step.id, title: step.title, phase: step.phase, ...spanOn(kickoff, placed), taskIds: stepTasks.map((task) => task.id) };
  });
  const workstreams = roadmapWorkstreams.map((entry): RoadmapWorkstream => {
    const at = stepRank.get(entry.step)!;
    const step = roadmapSteps[at]!;
    const placed = schedule.steps[at]!;
    const own = tasks.filter((task) => task.workstream === entry.id);
    const { spans, heldDays } = pieces.get(entry.id)!;
    const owner = mostNamedOwner(own);
    return {
      id: entry.id,
      title: entry.title,
      goal: entry.goal,
      step: entry.step,
      phase: step.phase,
      milestone: step.milestone !== undefined,
      ...(owner ? { owner } : {}),
      effortDays: own.reduce((sum, task) => sum + task.effortDays, 0),
      heldDays,
      taskIds: own.map((task) => task.id),
      dependsOn: roadmapWorkstreams.filter((other) => step.needs.includes(other.step)).map((other) => other.id),
      ...spanOn(kickoff, step.milestone ? placed : hull(spans, placed)),
    };
  });
  const effortDays = tasks.reduce((sum, task) => sum + task.effortDays, 0);
  const operatingFrom = schedule.operatingFrom === null ? null : isoDate(dateAtWeek(kickoff, schedule.operatingFrom));
  return { kickoff: isoDate(kickoff), weeks: schedule.weeks, months: monthOf(schedule.weeks), operatingFrom, stages, steps, workstreams, tasks, effortDays };
}
