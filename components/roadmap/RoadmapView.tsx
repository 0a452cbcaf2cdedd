import { useSignal } from '@preact/signals';
import type { RoadmapTask } from '../../lib/roadmap';
import { EstimateProblem } from '../estimate/EstimateProblem';
import { RoadmapFilters, type RoadmapFilter } from './RoadmapFilters';
import { RoadmapGantt } from './RoadmapGantt';
import { roadmapLength } from '../../lib/exports/format';
import { StageDates } from '../ui/StageDates';
import { useFormats } from '../ui/useFormats';
import { countLabel, dayLabel } from './roadmap-text';
import { TaskList } from './TaskList';
import { useAssessmentReport } from '../deliverables/useAssessmentReport';
import { plannedWorkstreams } from '../../lib/roadmap';

function matches(task: RoadmapTask, filter: RoadmapFilter): boolean {
  if (filter.phase !== 'all' && task.phase !== filter.phase) return false;
  if (filter.owner === 'all') return true;
  if (filter.owner === 'none') return task.owner === undefined;
  return `owner:${task.owner}` === filter.owner;
}

/** The remediation roadmap: a chart by workstream, and below it every task, filterable by phase and owner. */
export function RoadmapView() {
  const report = useAssessmentReport().value;
  const filter = useSignal<RoadmapFilter>({ phase: 'all', owner: 'all' });
  const formats = useFormats();
  if (!report.planned) return <EstimateProblem errors={report.estimateErrors} what="the roadmap" />;
  const { roadmap, estimate } = report.planned;
  const owners = [...new Set(roadmap.tasks.flatMap((task) => task.owner ?? []))].sort((a, b) => a.localeCompare(b));
  const shownTasks = roadmap.tasks.filter((task) => matches(task, filter.value));
  const shown = new Set(shownTasks.map((task) => task.id));
  const work = roadmap.tasks.filter((task) => task.kind !== 'milestone').length;
  const streams = plannedWorkstreams(roadmap).filter((workstream) => !workstream.milestone).length;
  return (
    <div class="stack">
      <h2>Remediation roadmap</h2>
      <p>
        {countLabel(work, 'task', formats)} in {countLabel(streams, 'workstream', formats)}, {dayLabel(roadmap.effortDays, formats)} person-days,{' '}
        {roadmapLength(roadmap, formats)}, in the order an ISMS is built: each workstream starts when the ones it needs are done, and
        whatever is not known yet is found out first, in the gap analysis.
      </p>
      <StageDates roadmap={roadmap} />
      <RoadmapFilters
        filter={filter.value}
        phases={estimate.phases.map((phase) => phase.id)}
        owners={owners}
        onChange={(next) => (filter.value = next)}
      />
      <RoadmapGantt roadmap={roadmap} phases={estimate.phases} shown={shown} />
      <p class="hint" role="status">
        {shown.size === roadmap.tasks.length
          ? `Showing all ${roadmap.tasks.length} tasks and milestones.`
          : `Showing ${shown.size} of ${roadmap.tasks.length} tasks and milestones.`}
      </p>
      <TaskList roadmap={roadmap} catalog={report.catalog} shown={shown} />
    </div>
  );
}
