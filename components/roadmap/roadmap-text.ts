import type { PhaseId } from '../../data/cost-model';
import type { Formats } from '../../lib/locale/formats';

/** Person-days to a tenth, in the page's formats: "12.5", "12,5". */
export function dayLabel(days: number, formats: Formats): string {
  return formats.number(Math.round(days * 10) / 10);
}

/** "3 tasks", "1 task": counts on the roadmap, in the page's formats. */
export function countLabel(count: number, noun: string, formats: Formats): string {
  return `${formats.number(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** The phases' names where space is short (the chart's bands, the filter). */
export const phaseShort: Record<PhaseId, string> = {
  design: 'Design',
  implementation: 'Implementation',
  operation: 'Operation',
  audits: 'Audits',
};
