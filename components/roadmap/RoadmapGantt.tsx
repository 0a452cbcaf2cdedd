import type { Phase } from '../../lib/estimate';
import type { Roadmap, RoadmapStep, RoadmapTask } from '../../lib/roadmap';
import { calendarDay, dateSpan } from '../../lib/exports/format';
import type { Formats } from '../../lib/locale/formats';
import { useFormats } from '../ui/useFormats';
import { dayLabel, phaseShort } from './roadmap-text';

interface Props {
  roadmap: Roadmap;
  phases: readonly Phase[];
  /** The tasks the filters let through; the others are left out of the bars. */
  shown: ReadonlySet<string>;
}

const width = 760;
const left = 240;
const right = width - 14;
const top = 44;
const rowHeight = 34;
const bottom = 8;

const isMilestone = (step: RoadmapStep) => step.id === 'stage1' || step.id === 'stage2';

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** Lanes for a step's tasks, so that bars running side by side do not overlap: first free lane, by start. */
function lanesOf(tasks: RoadmapTask[]): Map<string, number> {
  const freeAt: number[] = [];
  const lanes = new Map<string, number>();
  for (const task of [...tasks].sort((a, b) => a.startMonth - b.startMonth || a.priority - b.priority)) {
    let lane = freeAt.findIndex((end) => end <= task.startMonth + 1e-6);
    if (lane === -1) lane = freeAt.push(0) - 1;
    freeAt[lane] = task.endMonth;
    lanes.set(task.id, lane);
  }
  return lanes;
}

interface Band {
  phase: Phase;
  start: number;
  end: number;
  startDate: string;
  endDate: string;
}

/** Each phase from the first start to the last end of its steps, as the roadmap placed them. */
function bandsOf(roadmap: Roadmap, phases: readonly Phase[]): Band[] {
  return phases.flatMap((phase) => {
    const steps = roadmap.steps.filter((step) => step.phase === phase.id);
    if (steps.length === 0) return [];
    const first = steps.reduce((a, b) => (b.startMonth < a.startMonth ? b : a));
    const last = steps.reduce((a, b) => (b.endMonth > a.endMonth ? b : a));
    return [{ phase, start: first.startMonth, end: last.endMonth, startDate: first.startDate, endDate: last.endDate }];
  });
}

function chartSummary(roadmap: Roadmap, bands: readonly Band[], shown: ReadonlySet<string>, formats: Formats): string {
  const work = roadmap.tasks.filter((task) => task.kind !== 'milestone');
  const busy = roadmap.steps.filter((step) => step.taskIds.length > 0 && !isMilestone(step)).length;
  const spans = bands.map((band) => `${phaseShort[band.phase.id]} ${dateSpan(band.startDate, band.endDate, formats)}`);
  const filtered = shown.size < roadmap.tasks.length ? ` The filters show ${shown.size} of ${roadmap.tasks.length} tasks and milestones.` : '';
  const week = (iso: string) => calendarDay(iso, formats);
  return (
    `Roadmap chart: ${work.length} tasks in ${busy} build steps over ${formats.number(roadmap.weeks)} weeks, in four phases: ` +
    `${spans.join('; ')}. Stage 1 audit in the week of ${week(roadmap.stages.stage1.planned)}, Stage 2 in the week of ${week(roadmap.stages.stage2.planned)}.` +
    `${filtered} The task list below holds every task.`
  );
}

/** A phase's name if it fits its band, a shorter one if that fits, else nothing (the chart's summary names it). */
function bandLabel(id: Phase['id'], width: number): string {
  const fits = (text: string) => text.length * 6.5 + 8 <= width;
  const full = phaseShort[id];
  const short = phaseInitials[id];
  return fits(full) ? full : fits(short) ? short : '';
}

const phaseInitials: Record<Phase['id'], string> = { design: 'Design', implementation: 'Build', operation: 'Run', audits: 'Audit' };

/**
 * The roadmap as a Gantt-style chart: one row per build step (so a roadmap of a hundred tasks stays eleven
 * rows), its tasks as bars in side-by-side lanes, the four phases shaded behind, Stage 1 and Stage 2 marked.
 */
export function RoadmapGantt({ roadmap, phases, shown }: Props) {
  const months = Math.max(roadmap.months, 1);
  const x = (month: number) => left + ((right - left) * month) / months;
  const height = top + roadmap.steps.length * rowHeight + bottom;
  const tasks = new Map(roadmap.tasks.map((task) => [task.id, task]));
  const tickEvery = months > 24 ? 3 : months > 12 ? 2 : 1;
  const ticks = Array.from({ length: Math.floor(months / tickEvery) + 1 }, (_, at) => at * tickEvery);
  const formats = useFormats();
  const bands = bandsOf(roadmap, phases).map((band, at) => ({ ...band, shade: at % 2 }));
  const milestones = roadmap.steps.filter(isMilestone);

  return (
    <svg class="gantt" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={chartSummary(roadmap, bands, shown, formats)}>
      {bands.map(({ phase, start, end, shade }) => (
        <g key={phase.id}>
          <rect class={`gantt-phase shade-${shade}`} x={x(start)} y={0} width={x(end) - x(start)} height={height - bottom} />
          <text class="gantt-phase-label" x={(x(start) + x(end)) / 2} y={14} text-anchor="middle">
            {bandLabel(phase.id, x(end) - x(start))}
          </text>
        </g>
      ))}
      {ticks.map((month) => (
        <g key={month}>
          <line class="gantt-grid" x1={x(month)} x2={x(month)} y1={20} y2={height - bottom} />
          <text class="gantt-tick" x={x(month)} y={34} text-anchor="middle">
            {month}
          </text>
        </g>
      ))}
      {roadmap.steps.map((step, at) => (
        <StepRow key={step.id} step={step} at={at} x={x} tasks={step.taskIds.map((id) => tasks.get(id)!)} shown={shown} />
      ))}
      {milestones.map((step) => (
        <line key={step.id} class="gantt-milestone" x1={x(step.startMonth)} x2={x(step.startMonth)} y1={20} y2={height - bottom} />
      ))}
      <text class="gantt-tick" x={left - 8} y={34} text-anchor="end">
        Months from kickoff
      </text>
    </svg>
  );
}

interface RowProps {
  step: RoadmapStep;
  at: number;
  x: (month: number) => number;
  tasks: RoadmapTask[];
  shown: ReadonlySet<string>;
}

function StepRow({ step, at, x, tasks, shown }: RowProps) {
  const formats = useFormats();
  const y = top + at * rowHeight;
  const work = tasks.filter((task) => task.kind !== 'milestone');
  const visible = tasks.filter((task) => shown.has(task.id));
  const lanes = lanesOf(visible);
  const laneCount = Math.max(1, ...[...lanes.values()].map((lane) => lane + 1));
  const barTop = y + 6;
  const barSpace = rowHeight - 12;
  const laneHeight = barSpace / laneCount;
  const milestone = isMilestone(step);
  const detail = milestone
    ? 'milestone'
    : work.length === 0
      ? 'nothing to do'
      : `${work.length} task${work.length === 1 ? '' : 's'} · ${dayLabel(work.reduce((sum, task) => sum + task.effortDays, 0))} days`;
  return (
    <g class={`gantt-row${visible.length === 0 ? ' dimmed' : ''}`}>
      <line class="gantt-rule" x1={0} x2={right} y1={y + rowHeight} y2={y + rowHeight} />
      <text class="gantt-label" x={0} y={y + 14}>
        {clip(`${at + 1}. ${step.title}`, 38)}
      </text>
      <text class="gantt-detail" x={0} y={y + 28}>
        {clip(detail, 40)}
      </text>
      {tasks.length > 0 && !milestone && (
        <rect class="gantt-step" x={x(step.startMonth)} y={barTop} width={Math.max(2, x(step.endMonth) - x(step.startMonth))} height={barSpace} rx={3} />
      )}
      {milestone
        ? visible.map((task) => {
            const cx = x(task.startMonth);
            const cy = y + rowHeight / 2;
            const label = `${step.id === 'stage1' ? 'Stage 1' : 'Stage 2'} · week of ${calendarDay(task.startDate, formats)}`;
            // Left of the diamond, unless that would run into the step names: then right of it.
            const before = cx - 12 - label.length * 6.5 >= left;
            return (
              <g key={task.id}>
                <text class="gantt-milestone-label" x={before ? cx - 12 : cx + 12} y={cy + 4} text-anchor={before ? 'end' : 'start'}>
                  {label}
                </text>
                <path class="gantt-diamond" d={`M${cx} ${cy - 8}L${cx + 8} ${cy}L${cx} ${cy + 8}L${cx - 8} ${cy}Z`} />
              </g>
            );
          })
        : visible.map((task) => (
            <rect
              key={task.id}
              class="gantt-task"
              x={x(task.startMonth)}
              y={barTop + lanes.get(task.id)! * laneHeight + 1}
              width={Math.max(1.5, x(task.endMonth) - x(task.startMonth) - 1)}
              height={Math.max(1.5, laneHeight - 2)}
              rx={1.5}
            >
              <title>
                {task.priority}. {task.title}
              </title>
            </rect>
          ))}
    </g>
  );
}
