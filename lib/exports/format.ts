/**
 * How figures read in every export (Markdown, CSV, the printable report), so they all say the same thing.
 * Money, numbers and dates go through the `Formats` of the locale and currency chosen in Settings, so the
 * report a German consultant sends says "40.000–120.000 €" as the cost tab does. Plain text only: each format
 * escapes the result its own way.
 */
import { dontKnow, maturityLevels, notApplicable } from '../../data/answer-scale';
import type { Range } from '../../data/cost-model';
import { parseIsoDate } from '../calendar';
import type { Formats } from '../locale/formats';
import type { Roadmap, RoadmapWorkstream } from '../roadmap';
import type { ItemLevel } from '../verdict';

export function percent(share: number | null): string {
  return share === null ? 'not assessed' : `${Math.round(share * 100)} %`;
}

export function money(range: Range, formats: Formats): string {
  return formats.moneyRange(range);
}

export function number(value: number, formats: Formats): string {
  return formats.number(value);
}

export function monthRange(range: Range, formats: Formats): string {
  return formats.numberRange(range, 'months');
}

/** A level as the answer scale names it ("Implemented"), or what is known instead. */
export function levelWords(level: ItemLevel): string {
  if (level === 'na') return notApplicable.label;
  if (level === 'dont-know') return dontKnow.label;
  if (level === 'unanswered') return 'Not assessed';
  return `${level} ${maturityLevels[level].label}`;
}

/** A timestamp as its calendar day in UTC, "2025-03-14": for files that machines read (CSV, workbook). */
export function isoDay(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}

/** A calendar day kept as "2027-03-01", as the reader's formats print it ("Mar 1, 2027", "01.03.2027"). */
export function calendarDay(iso: string, formats: Formats): string {
  const date = parseIsoDate(iso);
  return date ? formats.day(date) : iso;
}

/** Two calendar days as a span, "Mar 1, 2027 – Apr 12, 2027"; one day when they agree. */
export function dateSpan(startIso: string, endIso: string, formats: Formats): string {
  const start = calendarDay(startIso, formats);
  const end = calendarDay(endIso, formats);
  return start === end ? start : `${start} – ${end}`;
}

/**
 * The kickoff and the weeks of the two audits in words, the same on every surface and in every export: the
 * plan's week, then the earliest at a faster pace.
 */
export function stageDateSentences(roadmap: Pick<Roadmap, 'kickoff' | 'stages' | 'operatingFrom'>, formats: Formats): string[] {
  const day = (iso: string) => calendarDay(iso, formats);
  const stage = (name: string, { planned, earliest }: Roadmap['stages']['stage1']) =>
    `${name} audit: week of ${day(planned)}${earliest === planned ? '' : ` (at a faster pace, week of ${day(earliest)})`}.`;
  const operating = roadmap.operatingFrom
    ? `The ISMS runs with records from ${day(roadmap.operatingFrom)}, three months or more before its internal audit and Stage 2.`
    : 'The ISMS already runs with records: nothing is left to build before the internal audit.';
  return [`Kickoff: ${day(roadmap.kickoff)}.`, stage('Stage 1', roadmap.stages.stage1), stage('Stage 2', roadmap.stages.stage2), operating];
}

/** "47 weeks from kickoff (Jan 4, 2027) to the end of Stage 2 (Nov 29, 2027)". */
export function roadmapLength(roadmap: Pick<Roadmap, 'kickoff' | 'weeks' | 'steps'>, formats: Formats): string {
  const end = roadmap.steps.at(-1)?.endDate ?? roadmap.kickoff;
  return `${formats.number(roadmap.weeks)} weeks from kickoff (${calendarDay(roadmap.kickoff, formats)}) to the end of Stage 2 (${calendarDay(end, formats)})`;
}

/** A workstream's person-days, with the days held for what the gap analysis will find: "12.5 (+8 expected)". */
export function workstreamEffort(workstream: Pick<RoadmapWorkstream, 'effortDays' | 'heldDays' | 'milestone'>, formats: Formats): string {
  if (workstream.milestone) return '—';
  const held = workstream.heldDays > 0 ? ` (+${formats.number(workstream.heldDays)} expected)` : '';
  return `${formats.number(workstream.effortDays)}${held}`;
}

/** Under a workstream table that holds days for findings: what "expected" means. */
export const expectedDaysNote =
  'Expected: person-days held in that workstream for what the gap analysis will likely find (items not known yet, sized at the maturity the assessment suggests, each with half a day to confirm it); the dates already count them.';
