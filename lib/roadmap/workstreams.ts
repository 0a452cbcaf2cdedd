/** Reading a roadmap's workstreams: who owns one, and which of them a plan shows. */
import type { Roadmap, RoadmapWorkstream } from './types';

/**
 * The owner named on most of the tasks, in priority order; on a tie the one named first, so the owner of the
 * most urgent work wins. Names are compared as written (already trimmed); none when no task names an owner.
 */
export function mostNamedOwner(tasks: ReadonlyArray<{ owner?: string }>): string | undefined {
  const counts = new Map<string, number>();
  for (const { owner } of tasks) if (owner) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  let best: string | undefined;
  for (const [owner, count] of counts) if (best === undefined || count > counts.get(best)!) best = owner;
  return best;
}

/**
 * The workstreams a plan lists, in build order: those with tasks or with days held for what the gap analysis
 * will find, and the two audits. Every surface and export numbers them 1…n in this order.
 */
export function plannedWorkstreams(roadmap: Pick<Roadmap, 'workstreams'>): RoadmapWorkstream[] {
  return roadmap.workstreams.filter((workstream) => workstream.milestone || workstream.taskIds.length > 0 || workstream.heldDays > 0);
}
