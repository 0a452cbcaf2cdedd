import { useSignal } from '@preact/signals';
import type { ComponentChildren, JSX } from 'preact';
import type { Phase } from '../../lib/estimate';
import { plannedWorkstreams, type Roadmap, type RoadmapTask, type RoadmapWorkstream } from '../../lib/roadmap';
import { calendarDay, dateSpan } from '../../lib/exports/format';
import type { Formats } from '../../lib/locale/formats';
import { weeksPerMonth } from '../../lib/schedule';
import { useFormats } from '../ui/useFormats';
import { countLabel, dayLabel, phaseShort } from './roadmap-text';

interface Props {
  roadmap: Roadmap;
  phases: readonly Phase[];
  /** The tasks the filters let through; the others are left out of the bars. */
  shown: ReadonlySet<string>;
}

interface Band {
  phase: Phase;
  /** Weeks from kickoff. */
  start: number;
  end: number;
  startDate: string;
  endDate: string;
}

/** Each phase from the first start to the last end of its build steps, as the roadmap placed them. */
function bandsOf(roadmap: Roadmap, phases: readonly Phase[]): Band[] {
  return phases.flatMap((phase) => {
    const steps = roadmap.steps.filter((step) => step.phase === phase.id);
    if (steps.length === 0) return [];
    const first = steps.reduce((a, b) => (b.startWeek < a.startWeek ? b : a));
    const last = steps.reduce((a, b) => (b.endWeek > a.endWeek ? b : a));
    return [{ phase, start: first.startWeek, end: last.endWeek, startDate: first.startDate, endDate: last.endDate }];
  });
}

function chartSummary(roadmap: Roadmap, workstreams: readonly RoadmapWorkstream[], bands: readonly Band[], shown: ReadonlySet<string>, formats: Formats): string {
  const work = roadmap.tasks.filter((task) => task.kind !== 'milestone');
  const streams = workstreams.filter((workstream) => !workstream.milestone).length;
  const spans = bands.map((band) => `${phaseShort[band.phase.id]} ${dateSpan(band.startDate, band.endDate, formats)}`);
  const filtered = shown.size < roadmap.tasks.length ? ` The filters show ${shown.size} of ${roadmap.tasks.length} tasks and milestones.` : '';
  const week = (iso: string) => calendarDay(iso, formats);
  return (
    `Roadmap chart: ${countLabel(work.length, 'task', formats)} in ${countLabel(streams, 'workstream', formats)} over ${formats.number(roadmap.weeks)} weeks, ` +
    `in four phases: ${spans.join('; ')}. Stage 1 audit in the week of ${week(roadmap.stages.stage1.planned)}, ` +
    `Stage 2 in the week of ${week(roadmap.stages.stage2.planned)}.${filtered} Open a workstream to see its tasks; the task list below holds every task.`
  );
}

/** The phases as hard-edged shades behind a track, clear where no phase runs (the wait before Stage 1). */
function shadingOf(bands: readonly Band[], at: (week: number) => string): string {
  const stops: string[] = [];
  let reached = 0;
  for (const [index, band] of bands.entries()) {
    if (band.start > reached) stops.push(`transparent ${at(reached)} ${at(band.start)}`);
    stops.push(`var(--gantt-shade-${index % 2}) ${at(Math.max(band.start, reached))} ${at(band.end)}`);
    reached = Math.max(reached, band.end);
  }
  stops.push(`transparent ${at(reached)} 100%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** A phase's name for its band: in full on a wide band, shorter on a narrow one, none on a sliver (or a phone). */
// "Implementation" needs about a third of the axis beside the names column; a short word fits a band of a tenth.
function bandLabel(id: Phase['id'], share: number): string {
  if (share >= 0.3) return phaseShort[id];
  return share >= 0.08 ? phaseInitials[id] : '';
}

const phaseInitials: Record<Phase['id'], string> = { design: 'Design', implementation: 'Build', operation: 'Run', audits: 'Audit' };

/**
 * The roadmap as a Gantt-style chart of workstreams: one row each (so a roadmap of a hundred tasks stays about a
 * dozen rows), each opening to its tasks as bars of their own. Every label sits beside its bar in a column of
 * its own and wraps rather than being cut; on a narrow screen it goes above the bar. The phases shade the
 * tracks; Stage 1 and Stage 2 are marked on every row.
 */
export function RoadmapGantt({ roadmap, phases, shown }: Props) {
  const formats = useFormats();
  const open = useSignal<ReadonlySet<string>>(new Set());
  const total = Math.max(roadmap.weeks, 1);
  const at = (week: number) => `${((Math.min(week, total) / total) * 100).toFixed(3)}%`;
  const workstreams = plannedWorkstreams(roadmap);
  const bands = bandsOf(roadmap, phases);
  const tasks = new Map(roadmap.tasks.map((task) => [task.id, task]));
  const months = total / weeksPerMonth;
  const tickEvery = months > 24 ? 3 : months > 12 ? 2 : 1;
  // No tick right at the end, where half its number would stand outside the chart.
  const ticks = Array.from({ length: Math.floor(months / tickEvery) + 1 }, (_, index) => index * tickEvery).filter(
    (month) => month === 0 || month * weeksPerMonth <= total * 0.96,
  );
  const shading = shadingOf(bands, at);
  const stageWeeks = roadmap.workstreams.filter((workstream) => workstream.milestone).map((workstream) => workstream.startWeek);
  const track = (children: ComponentChildren) => (
    <div class="gantt-track" aria-hidden="true" style={{ backgroundImage: bands.length > 0 ? shading : 'none' }}>
      {stageWeeks.map((week) => (
        <span key={week} class="gantt-stage" style={{ left: at(week) }} />
      ))}
      {children}
    </div>
  );
  const toggle = (id: string) => {
    const next = new Set(open.value);
    if (!next.delete(id)) next.add(id);
    open.value = next;
  };

  return (
    <section class="gantt" aria-label="Roadmap by workstream">
      <div class="gantt-line gantt-head">
        <span class="gantt-caption">Months from kickoff</span>
        <div class="gantt-axis" role="img" aria-label={chartSummary(roadmap, workstreams, bands, shown, formats)}>
          {bands.map((band) => (
            <span key={band.phase.id} class="gantt-band" style={{ left: at(band.start), width: `calc(${at(band.end)} - ${at(band.start)})` }}>
              <span class="gantt-band-name">{bandLabel(band.phase.id, (band.end - band.start) / total)}</span>
            </span>
          ))}
          {ticks.map((month) => (
            <span key={month} class={`gantt-tick${month === 0 ? ' first' : ''}`} style={{ left: at(month * weeksPerMonth) }}>
              {formats.number(month)}
            </span>
          ))}
        </div>
      </div>
      <ol class="gantt-rows">
        {workstreams.map((workstream, index) => (
          <WorkstreamRow
            key={workstream.id}
            workstream={workstream}
            number={index + 1}
            tasks={workstream.taskIds.map((id) => tasks.get(id)!)}
            shown={shown}
            filtering={shown.size < roadmap.tasks.length}
            open={open.value.has(workstream.id)}
            onToggle={() => toggle(workstream.id)}
            at={at}
            track={track}
          />
        ))}
      </ol>
    </section>
  );
}

interface RowProps {
  workstream: RoadmapWorkstream;
  number: number;
  tasks: RoadmapTask[];
  shown: ReadonlySet<string>;
  /** True when the filters leave some task out. */
  filtering: boolean;
  open: boolean;
  onToggle: () => void;
  at: (week: number) => string;
  track: (children: ComponentChildren) => JSX.Element;
}

function WorkstreamRow({ workstream, number, tasks, shown, filtering, open, onToggle, at, track }: RowProps) {
  const formats = useFormats();
  const work = tasks.filter((task) => task.kind !== 'milestone');
  const visible = work.filter((task) => shown.has(task.id));
  const listId = `gantt-tasks-${workstream.id}`;
  const title = `${number}. ${workstream.title}`;
  const detail = workstream.milestone
    ? `Week of ${calendarDay(workstream.startDate, formats)}`
    : [
        ...(work.length === 0
          ? ['no task yet']
          : [countLabel(work.length, 'task', formats), `${dayLabel(workstream.effortDays, formats)} person-days`]),
        ...(workstream.heldDays > 0
          ? [`${work.length === 0 ? '' : '+'}${dayLabel(workstream.heldDays, formats)} person-days expected from the gap analysis`]
          : []),
        dateSpan(workstream.startDate, workstream.endDate, formats),
        ...(workstream.owner ? [`owner ${workstream.owner}`] : []),
      ].join(' · ');
  // Under a filter, a workstream with none of the tasks it lets through steps back.
  const dimmed = filtering && !tasks.some((task) => shown.has(task.id));
  const bar = workstream.milestone ? (
    <span class="gantt-diamond" style={{ left: at(workstream.startWeek) }} />
  ) : (
    <span
      class={`gantt-bar${work.length === 0 ? ' held' : ''}`}
      style={{ left: at(workstream.startWeek), width: `calc(${at(workstream.endWeek)} - ${at(workstream.startWeek)})` }}
    />
  );
  return (
    <li class={`gantt-row${dimmed ? ' dimmed' : ''}${workstream.milestone ? ' milestone' : ''}`} data-workstream={workstream.id}>
      <div class="gantt-line">
        <div class="gantt-name">
          {work.length > 0 ? (
            <button type="button" class="gantt-toggle" aria-expanded={open} aria-controls={listId} onClick={onToggle}>
              <span class="gantt-chevron" aria-hidden="true">
                {open ? '▾' : '▸'}
              </span>
              <span class="gantt-label">{title}</span>
            </button>
          ) : (
            <span class="gantt-label">{title}</span>
          )}
          <span class="gantt-detail">{detail}</span>
        </div>
        {track(bar)}
      </div>
      {work.length > 0 && (
        <ol id={listId} class="gantt-tasks" aria-label={`Tasks of ${workstream.title}`} hidden={!open}>
          {visible.map((task) => (
            <li key={task.id} class="gantt-line gantt-task-row" data-task={task.id}>
              <div class="gantt-name">
                <span class="gantt-label">
                  {task.priority}. {task.title}
                </span>
                <span class="gantt-detail">
                  {dateSpan(task.startDate, task.endDate, formats)}
                  {task.owner ? ` · owner ${task.owner}` : ''}
                </span>
              </div>
              {track(<span class="gantt-task" style={{ left: at(task.startWeek), width: `calc(${at(task.endWeek)} - ${at(task.startWeek)})` }} />)}
            </li>
          ))}
          {visible.length < work.length && (
            <li class="hint">
              The filters leave out {formats.number(work.length - visible.length)} of its {countLabel(work.length, 'task', formats)}.
            </li>
          )}
        </ol>
      )}
    </li>
  );
}
