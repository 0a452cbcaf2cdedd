import type { Catalog } from '../../lib/catalog';
import { plannedWorkstreams, type Roadmap, type RoadmapTask } from '../../lib/roadmap';
import { dateSpan } from '../../lib/exports/format';
import { useFormats } from '../ui/useFormats';
import { dayLabel, phaseShort } from './roadmap-text';

interface Props {
  roadmap: Roadmap;
  catalog: Catalog;
  /** The tasks the filters let through. */
  shown: ReadonlySet<string>;
}

/** Every task the filters let through, grouped by workstream in build order: the chart's accessible twin. */
export function TaskList({ roadmap, catalog, shown }: Props) {
  const formats = useFormats();
  const tasks = new Map(roadmap.tasks.map((task) => [task.id, task]));
  const titles = new Map(catalog.items.map((item) => [item.id, item.title]));
  const groups = plannedWorkstreams(roadmap)
    .map((workstream, at) => ({ workstream, at, tasks: workstream.taskIds.filter((id) => shown.has(id)).map((id) => tasks.get(id)!) }))
    .filter((group) => group.tasks.length > 0);
  if (groups.length === 0) return <p class="muted">No task matches these filters.</p>;
  // On a phone the table scrolls on its own, instead of widening the whole page past the screen.
  return (
    <div class="table-scroll" role="region" aria-label="Roadmap tasks (scrolls sideways on a narrow screen)" tabIndex={0}>
      <table class="data task-list" aria-label="Roadmap tasks">
        <thead>
          <tr>
            <th scope="col" class="number">
              #
            </th>
            <th scope="col">Task</th>
            <th scope="col">Items</th>
            <th scope="col">Owner</th>
            <th scope="col" class="number">
              Effort (days)
            </th>
            <th scope="col">When</th>
          </tr>
        </thead>
        {groups.map(({ workstream, at, tasks: groupTasks }) => (
          <tbody key={workstream.id} data-workstream={workstream.id}>
            <tr class="step-row">
              <th scope="rowgroup" colSpan={6}>
                {at + 1}. {workstream.title}{' '}
                <span class="hint">
                  · {phaseShort[workstream.phase]} · {dateSpan(workstream.startDate, workstream.endDate, formats)}
                  {workstream.owner ? ` · owner ${workstream.owner}` : ''}
                </span>
              </th>
            </tr>
            {groupTasks.map((task) => (
              <TaskRow key={task.id} task={task} titles={titles} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function TaskRow({ task, titles }: { task: RoadmapTask; titles: Map<string, string> }) {
  const formats = useFormats();
  return (
    <tr data-task={task.id} class={task.kind}>
      <td class="number">{task.priority}</td>
      <td>
        {task.title}
        {task.tier === 'stage1-blocker' && (
          <>
            {' '}
            <span class="badge">Stage 1 blocker</span>
          </>
        )}
      </td>
      <td>
        {task.itemIds.map((id, at) => (
          <span key={id}>
            {at > 0 && ', '}
            <abbr title={titles.get(id)}>{id}</abbr>
          </span>
        ))}
      </td>
      <td>{task.owner ?? <span class="muted">—</span>}</td>
      <td class="number">{task.kind === 'milestone' ? '—' : dayLabel(task.effortDays, formats)}</td>
      <td>{dateSpan(task.startDate, task.endDate, formats)}</td>
    </tr>
  );
}
