/**
 * The printable report (DESIGN §8): one standalone HTML document with the summary, the roadmap and the draft
 * Statement of Applicability, which the UI opens as a Blob URL for the browser's "print to PDF". No script,
 * no external resource but the brand's logo as a data: URL of its checked bytes (its own CSP says so), and every
 * interpolated string escaped: markup is only ever built through the `html` template tag (lib/exports/markup.ts),
 * which escapes whatever is not already markup it built. The cover, contents and page frame: report-frame.ts.
 */
export { escapeHtml } from './markup';
import { phaseTitles } from '../../data/cost-model';
import type { Brand } from '../brand';
import { plannedWorkstreams, type Roadmap, type RoadmapSpan, type RoadmapTask, type RoadmapWorkstream } from '../roadmap';
import { gradingCaveat } from '../findings';
import { formatsFor, type Formats } from '../locale/formats';
import { dateSpan, expectedDaysNote, number, percent, roadmapLength, stageDateSentences, workstreamEffort } from './format';
import { html, Markup } from './markup';
import { coverSection, pageStyle, type ReportSection } from './report-frame';
import { reasonWords, suggestedSummary, type SoaRow } from './soa';
import type { Summary } from './summary';

const style = `
:root { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; }
body { max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; } .meta, .note { color: #57606a; }
.verdict { border-left: 5px solid #57606a; background: #f6f8fa; padding: .5rem 1rem; }
.verdict.not-ready { border-color: #b42318; } .verdict.stage1-ready { border-color: #b54708; }
.verdict.stage2-ready { border-color: #067647; } .verdict.indicative { border-style: dashed; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; font-size: .9em; }
th, td { border: 1px solid #d0d7de; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.track { display: block; position: relative; height: .5rem; background: #eaeef2; min-width: 6rem; }
.bar { position: absolute; top: 0; bottom: 0; background: #0969da; min-width: 2px; }
.bar, .track, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  .page { break-before: page; } thead { display: table-header-group; } tr, li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}`;

function summarySection(summary: Summary): Markup {
  const { readiness, verdict } = summary;
  const groups = readiness.groups.map(
    (group) => html`<tr><td>${group.kind === 'clause' ? 'Clause' : 'Annex'} ${group.id} ${group.title}</td>
<td class="number">${percent(group.score)}</td><td class="number">${percent(group.coverage)}</td></tr>`,
  );
  const gaps = summary.topGaps.map((gap) => html`<li><strong>${gap.title}</strong> (${gap.itemId}, ${gap.status}): ${gap.why}</li>`);
  return html`<section id="summary" class="page"><h2>Summary</h2>
<section class="verdict ${verdict.id} ${summary.certainty.level}"><h2>${verdict.headline}</h2><p>${verdict.sentence}</p><p class="note">${summary.confidence.sentence}</p><p class="note">${summary.certainty.sentence}</p></section>
<h2>Readiness by clause and theme</h2>
<table><thead><tr><th>Area</th><th class="number">Readiness</th><th class="number">Covered</th></tr></thead>
<tbody><tr><th>Overall</th><th class="number">${percent(readiness.overall)}</th><th class="number">${percent(readiness.coverage)}</th></tr>
${groups}</tbody></table>
<h2>Top five gaps</h2>
${gaps.length > 0 ? html`<ol>${gaps}</ol><p class="note">${gradingCaveat}</p>` : html`<p>No gaps: every item is at its target level.</p>`}
<h2>Cost and timeline</h2>
<ul>${summary.cost.sentences.map((sentence) => html`<li>${sentence}</li>`)}</ul>
<h2>Next three steps</h2>
<ol>${summary.nextSteps.map((step) => html`<li>${step}</li>`)}</ol></section>`;
}

function taskRow(task: RoadmapTask, months: number, formats: Formats): Markup {
  return html`<tr><td class="number">${task.priority}</td><td>${task.title}</td><td>${task.itemIds.join(', ')}</td>
<td class="number">${number(task.effortDays, formats)}</td><td>${task.owner ?? ''}</td><td>${dateSpan(task.startDate, task.endDate, formats)}</td>
<td>${timelineBar(task, months)}</td></tr>`;
}

function timelineBar(span: Pick<RoadmapSpan, 'startMonth' | 'endMonth'>, months: number): Markup {
  const left = months > 0 ? (span.startMonth / months) * 100 : 0;
  const width = months > 0 ? ((span.endMonth - span.startMonth) / months) * 100 : 0;
  return html`<span class="track"><span class="bar" style="left: ${left.toFixed(2)}%; width: ${width.toFixed(2)}%"></span></span>`;
}

function workstreamRow(workstream: RoadmapWorkstream, at: number, months: number, formats: Formats): Markup {
  return html`<tr><td class="number">${at + 1}</td><td><strong>${workstream.title}</strong><br><span class="note">${workstream.goal}</span></td>
<td>${workstream.owner ?? ''}</td><td class="number">${workstreamEffort(workstream, formats)}</td><td>${dateSpan(workstream.startDate, workstream.endDate, formats)}</td>
<td>${timelineBar(workstream, months)}</td></tr>`;
}

function roadmapSection(roadmap: Roadmap, formats: Formats): Markup {
  const tasks = new Map(roadmap.tasks.map((task) => [task.id, task]));
  const work = roadmap.tasks.filter((task) => task.kind !== 'milestone').length;
  const workstreams = plannedWorkstreams(roadmap);
  const held = workstreams.some((workstream) => workstream.heldDays > 0);
  const appendix = workstreams.flatMap((workstream, at) => {
    if (workstream.milestone) return [];
    const heading = html`<h3>${at + 1}. ${workstream.title} <span class="note">(${phaseTitles[workstream.phase]}, ${dateSpan(workstream.startDate, workstream.endDate, formats)})</span></h3>`;
    if (workstream.taskIds.length === 0) return [html`${heading}<p class="note">No task yet: the days held here wait for what the gap analysis finds.</p>`];
    const rows = workstream.taskIds.map((id) => taskRow(tasks.get(id)!, roadmap.months, formats));
    return [
      html`${heading}<table><thead><tr><th class="number">#</th><th>Task</th><th>Items</th><th class="number">Effort (days)</th><th>Owner</th><th>When</th><th>Timeline</th></tr></thead>
<tbody>${rows}</tbody></table>`,
    ];
  });
  return html`<section id="roadmap" class="page"><h2>Remediation roadmap</h2>
<p>${work} tasks in ${workstreams.filter((workstream) => !workstream.milestone).length} workstreams, ${number(roadmap.effortDays, formats)} person-days, ${roadmapLength(roadmap, formats)}, in the order an ISMS is built. Whatever is not known yet is found out first, in the gap analysis.</p>
<ul>${stageDateSentences(roadmap, formats).map((sentence) => html`<li>${sentence}</li>`)}</ul>
<table><thead><tr><th class="number">#</th><th>Workstream and goal</th><th>Owner</th><th class="number">Effort (days)</th><th>When</th><th>Timeline</th></tr></thead>
<tbody>${workstreams.map((workstream, at) => workstreamRow(workstream, at, roadmap.months, formats))}</tbody></table>
${held ? html`<p class="note">${expectedDaysNote}</p>` : ''}
<h3>Tasks by workstream</h3>
${appendix}</section>`;
}

function soaSection(rows: SoaRow[]): Markup {
  const body = rows.map(
    (row) => html`<tr><td>${row.id}</td><td>${row.title}</td><td>${row.applicable ? 'Yes' : 'No'}</td><td>${reasonWords(row)}</td>
<td>${row.justification}${row.suggested ? html` <span class="note">(suggested)</span>` : ''}</td>
<td>${row.status}</td><td>${row.evidence === null ? '' : row.evidence ? 'Yes' : 'No'}</td><td>${row.owner}</td><td>${row.note}</td></tr>`,
  );
  return html`<section id="soa" class="page"><h2>Statement of Applicability (draft)</h2>
<p class="note">All ${rows.length} Annex A controls, each with the reason it is included or excluded. ${suggestedSummary(rows)}</p>
<table><thead><tr><th>Control</th><th>Title</th><th>Applicable</th><th>Reason</th><th>Justification</th><th>Status</th><th>Evidence</th><th>Owner</th><th>Note</th></tr></thead>
<tbody>${body}</tbody></table></section>`;
}

export interface ReportParts {
  summary: Summary;
  roadmap: Roadmap;
  soa: SoaRow[];
  brand?: Brand;
}

const sections: ReportSection[] = [
  { id: 'summary', title: 'Summary: verdict, readiness, top gaps, cost and next steps' },
  { id: 'roadmap', title: 'Remediation roadmap' },
  { id: 'soa', title: 'Statement of Applicability (draft)' },
];

/** A complete HTML document, ready to be opened as a Blob URL and printed. */
export function toReportHtml({ summary, roadmap, soa, brand }: ReportParts): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ISO/IEC 27001 readiness: ${summary.organization}</title>
<style>${new Markup(style)}${pageStyle(summary, brand)}</style>
</head>
<body>
${coverSection(summary, brand, sections)}
${summarySection(summary)}
${roadmapSection(roadmap, formatsFor(summary.formats))}
${soaSection(soa)}
<footer class="note"><p>Prepared on ${summary.assessedOn} from a self-assessment${brand?.firmName ? html` by ${brand.firmName}` : ''}. Not an audit opinion: costs and dates are estimates.</p></footer>
</body>
</html>
`.text;
}
