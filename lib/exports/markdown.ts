/**
 * The summary and the roadmap as Markdown (DESIGN §8), to paste into a proposal, Notion or Confluence. Every
 * piece of text, the user's and the catalog's alike, goes through `escapeMarkdown`, so an organization called
 * "<img src=x>" or "A | B" stays text and never breaks a table.
 */
import { phaseTitles } from '../../data/cost-model';
import type { Brand } from '../brand';
import type { Roadmap, RoadmapStep, RoadmapTask } from '../roadmap';
import { gradingCaveat } from '../findings';
import { formatsFor, type Formats } from '../locale/formats';
import { monthSpan, number, percent } from './format';
import type { Summary } from './summary';

/**
 * Backslash-escapes every character that Markdown (CommonMark and GFM tables) or inline HTML could read as
 * syntax inside a line, and folds line breaks into spaces so text never spans lines. Text may begin a line (the
 * sector does), so what would open a block there is neutralised too: leading spaces and tabs (an indented code
 * block) are dropped, and a leading #, -, + or an ordered-list marker ("1. " or "1) ") is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/^\s+/, '')
    .replace(/[\\`*_[\]<>|~&$]/g, '\\$&')
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
    monthSpan(task.startMonth, task.endMonth, formats),
  ];
}

function stepLines(step: RoadmapStep, at: number, tasks: Map<string, RoadmapTask>, formats: Formats): string[] {
  const heading = `### ${at + 1}. ${md(step.title)} (months ${monthSpan(step.startMonth, step.endMonth, formats)})`;
  if (step.taskIds.length === 0) return [heading, '', 'Nothing to do: every item of this step is at its target level.', ''];
  const rows = step.taskIds.map((id) => taskRow(tasks.get(id)!, formats));
  return [heading, '', ...table(['#', 'Task', 'Items', 'Effort (days)', 'Owner', 'Months'], ['right', 'left', 'left', 'right', 'left', 'left'], rows), ''];
}

export function roadmapMarkdown(roadmap: Roadmap, formats: Formats): string[] {
  const tasks = new Map(roadmap.tasks.map((task) => [task.id, task]));
  const work = roadmap.tasks.filter((task) => task.kind !== 'milestone').length;
  const phases = [...new Set(roadmap.steps.map((step) => step.phase))];
  return [
    '## Remediation roadmap',
    '',
    `${work} tasks, ${number(roadmap.effortDays, formats)} person-days, ${number(roadmap.months, formats)} months from kickoff to Stage 2.`,
    'Tasks follow the order in which an ISMS is built; each step starts when the steps it needs are done.',
    '',
    ...phases.flatMap((phase) => [
      `**Phase: ${md(phaseTitles[phase])}**`,
      '',
      ...roadmap.steps.flatMap((step, at) => (step.phase === phase ? stepLines(step, at, tasks, formats) : [])),
    ]),
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
