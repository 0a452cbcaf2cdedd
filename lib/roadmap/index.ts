/**
 * The remediation roadmap (DESIGN §8, §10): every gap becomes a task, in the order an ISMS is really built
 * (data/roadmap-steps.ts), grouped into workstreams a client can sign, and placed on the calendar of its own
 * remaining work (lib/schedule): the build steps follow one another along their dependencies, each as long as
 * its work needs, from a kickoff date; the workstreams of a step share its weeks.
 *
 * - A gap is an item below its target level (default 3). A level below target gives a `close-gap` task in the
 *   item's own workstream; "don't know" and no answer at all give a `find-out` task, and every find-out task
 *   sits in the first workstream, "Complete the gap analysis", before any implementation. N/A (controls only)
 *   gives none.
 * - The calendar stays honest about what is not known: a find-out task takes `findOutDays` in the gap analysis,
 *   and the item's own workstream holds, without a task, the work it will likely uncover (as if the item stood
 *   at the level the assessment's maturity suggests) plus half a day to confirm and record what was found, so
 *   Stage 1 and Stage 2 never move earlier for not knowing.
 * - Priority is the task's rank in the roadmap, 1 first: workstream order, then Stage 1 blockers (worst first,
 *   as scoring lists them), then clause requirements, then controls; inside the last two, weight × gap
 *   descending, then catalog order. A find-out task counts as a full gap: not knowing usually means missing.
 * - Effort: `effortDays[item.effort] × (target − level) / 3` person-days, rounded to half days (at least half
 *   a day). The size's days close a whole gap from 0 to the default target 3, each level a third of it.
 * - Dependencies: a task depends on every task of the steps its step needs; a needed step without tasks passes
 *   its own needs on. Stage 1 and Stage 2 depend on every task before them. A workstream depends on the
 *   workstreams of the steps its step needs, and starts when they have ended.
 * - A workstream's owner is the answer owner named on most of its tasks.
 */
export type { RoadmapStepId, WorkstreamId } from '../../data/roadmap-steps';
export type {
  Roadmap,
  RoadmapOptions,
  RoadmapSpan,
  RoadmapStep,
  RoadmapTask,
  RoadmapTaskWork,
  RoadmapWork,
  RoadmapWorkstream,
  StageDates,
  TaskKind,
  TaskTier,
} from './types';
export { findOutDays, roadmapWork, stepWork } from './work';
export { placeRoadmap } from './place';
export { mostNamedOwner, plannedWorkstreams } from './workstreams';
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
