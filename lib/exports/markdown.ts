/**
 * The summary and the roadmap as Markdown (DESIGN §8), to paste into a proposal, Notion or Confluence. Every
 * piece of text, the user's and the catalog's alike, goes through `escapeMarkdown`, so an organization called
 * "<img src=x>" or "A | B" stays text and never breaks a table.
 */
import type { Brand } from '../brand';
import { plannedWorkstreams, type Roadmap, type RoadmapTask, type RoadmapWorkstream } from '../roadmap';
import { gradingCaveat } from '../findings';
import { formatsFor, type Formats } from '../locale/formats';
import { calendarDay, dateSpan, expectedDaysNote, number, percent, roadmapLength, stageDateSentences, workstreamEffort } from './format';
import type { Summary } from './summary';

/** A `$` at the start of the text or after a space, right before a digit: the sign of an amount. */
function startsAmount(text: string, at: number): boolean {
  const before = at === 0 ? '' : text[at - 1]!;
  return (before === '' || /\s/.test(before)) && /\d/.test(text[at + 1] ?? '');
}

/**
 * Backslash-escapes every character that Markdown (CommonMark and GFM tables) or inline HTML could read as
 * syntax inside a line, and folds line breaks into spaces so text never spans lines. Text may begin a line (the
 * sector does), so what would open a block there is neutralised too: leading spaces and tabs (an indented code
 * block) are dropped, and a leading #, -, + or an ordered-list marker ("1. " or "1) ") is escaped.
 *
 * A dollar sign opens or closes math where renderers support it (GitHub, Obsidian, Notion), so it is escaped
 * too, except where it starts an amount: at the start of the text or after a space, right before a digit
 * ("$40,000 – $120,000"). Such a `$` cannot close math (a closing `$` follows a non-space character), and with
 * every other `$` escaped, nothing is left to close what it might open.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/^\s+/, '')
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/\$/g, (sign, at: number, whole: string) => (startsAmount(whole, at) ? sign : '\\$'))
    .replace(/^[#\-+]/, '\\$&')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

const md = escapeMarkdown;

function table(header: string[], align: Array<'left' | 'right'>, rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align.map((side) => (side === 'right' ? '---:' : '---'))), ...rows.map(line)];
}

function summaryLines(summary: Summary): string[] {
  const { readiness } = summary;
  const formats = formatsFor(summary.formats);
  const groupRows = readiness.groups.map((group) => [
    md(`${group.kind === 'clause' ? 'Clause' : 'Annex'} ${group.id} ${group.title}`),
    percent(group.score),
    percent(group.coverage),
  ]);
  return [
    `# ISO/IEC 27001 readiness: ${md(summary.organization)}`,
    '',
    `${md(summary.sector)} · ${number(summary.employees, formats)} people · ${summary.depth} assessment · ${summary.assessedOn}`,
    '',
    '## Verdict',
    '',
    `**${md(summary.verdict.headline)}.** ${md(summary.verdict.sentence)}`,
    '',
    md(summary.confidence.sentence),
    '',
    md(summary.certainty.sentence),
    '',
    '## Readiness by clause and theme',
    '',
    ...table(['Area', 'Readiness', 'Covered'], ['left', 'right', 'right'], [
      ['**Overall**', `**${percent(readiness.overall)}**`, percent(readiness.coverage)],
      ...groupRows,
    ]),
    '',
    '## Top five gaps',
    '',
    ...(summary.topGaps.length === 0
      ? ['No gaps: every item is at its target level.']
      : [
          ...summary.topGaps.map((gap, at) => `${at + 1}. **${md(gap.title)}** (${md(gap.itemId)}, ${md(gap.status)}): ${md(gap.why)}`),
          '',
          md(gradingCaveat),
        ]),
    '',
    '## Cost and timeline',
    '',
    ...summary.cost.sentences.map((sentence) => `- ${md(sentence)}`),
    '',
    '## Next three steps',
    '',
    ...summary.nextSteps.map((step, at) => `${at + 1}. ${md(step)}`),
  ];
}

function taskRow(task: RoadmapTask, formats: Formats): string[] {
  return [
    String(task.priority),
    md(task.title),
    md(task.itemIds.join(', ')),
    number(task.effortDays, formats),
    md(task.owner ?? ''),
    dateSpan(task.startDate, task.endDate, formats),
  ];
}

function workstreamRow(workstream: RoadmapWorkstream, at: number, formats: Formats): string[] {
  return [
    String(at + 1),
    md(workstream.title),
    md(workstream.goal),
    md(workstream.owner ?? ''),
    workstreamEffort(workstream, formats),
    calendarDay(workstream.startDate, formats),
    calendarDay(workstream.endDate, formats),
  ];
}

function appendixLines(workstream: RoadmapWorkstream, at: number, tasks: Map<string, RoadmapTask>, formats: Formats): string[] {
  const heading = `### ${at + 1}. ${md(workstream.title)} (${dateSpan(workstream.startDate, workstream.endDate, formats)})`;
  if (workstream.taskIds.length === 0) return [heading, '', 'No task yet: the days held here wait for what the gap analysis finds.', ''];
  const rows = workstream.taskIds.map((id) => taskRow(tasks.get(id)!, formats));
  return [heading, '', ...table(['#', 'Task', 'Items', 'Effort (days)', 'Owner', 'When'], ['right', 'left', 'left', 'right', 'left', 'left'], rows), ''];
}

/** The roadmap as a plan: one table of workstreams, then every task, workstream by workstream, as an appendix. */
export function roadmapMarkdown(roadmap: Roadmap, formats: Formats): string[] {
  const tasks = new Map(roadmap.tasks.map((task) => [task.id, task]));
  const work = roadmap.tasks.filter((task) => task.kind !== 'milestone').length;
  const workstreams = plannedWorkstreams(roadmap);
  const held = workstreams.some((workstream) => workstream.heldDays > 0);
  return [
    '## Remediation roadmap',
    '',
    `${work} tasks in ${workstreams.filter((workstream) => !workstream.milestone).length} workstreams, ${number(roadmap.effortDays, formats)} person-days, ${roadmapLength(roadmap, formats)}.`,
    'Workstreams follow the order in which an ISMS is built; each starts when the workstreams it needs are done. Whatever is not known yet is found out first, in the gap analysis.',
    '',
    ...stageDateSentences(roadmap, formats).map((sentence) => `- ${md(sentence)}`),
    '',
    ...table(
      ['#', 'Workstream', 'Goal', 'Owner', 'Effort (days)', 'Start', 'End'],
      ['right', 'left', 'left', 'left', 'right', 'left', 'left'],
      workstreams.map((workstream, at) => workstreamRow(workstream, at, formats)),
    ),
    '',
    ...(held ? [md(expectedDaysNote), ''] : []),
    '## Appendix: tasks by workstream',
    '',
    ...workstreams.flatMap((workstream, at) => (workstream.milestone ? [] : appendixLines(workstream, at, tasks, formats))),
  ];
}

/** "Prepared by" the consultant's firm, with the contact line, above the title. */
function brandHeader(brand: Pick<Brand, 'firmName' | 'contact'> | undefined): string[] {
  const parts = [brand?.firmName ? `Prepared by **${md(brand.firmName)}**` : '', brand?.contact ? md(brand.contact) : ''].filter(Boolean);
  return parts.length > 0 ? [parts.join(' · '), ''] : [];
}

/** The one-page summary followed by the roadmap, as one Markdown document ending in a newline. */
export function toMarkdown(summary: Summary, roadmap: Roadmap, brand?: Pick<Brand, 'firmName' | 'contact' | 'disclaimer'>): string {
  const disclaimer = brand?.disclaimer ? ['', `*${md(brand.disclaimer)}*`, ''] : [];
  return [...brandHeader(brand), ...summaryLines(summary), '', ...roadmapMarkdown(roadmap, formatsFor(summary.formats)), ...disclaimer].join('\n').replace(/\n+$/, '\n');
}
