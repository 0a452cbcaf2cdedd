import type { PhaseId } from '../../data/cost-model';

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A month from kickoff, to a tenth: "3.5". */
export function monthLabel(month: number): string {
  return oneDecimal.format(month);
}

/** Person-days, to a tenth: "12.5". */
export function dayLabel(days: number): string {
  return oneDecimal.format(days);
}

export function monthSpanLabel(startMonth: number, endMonth: number): string {
  return `${monthLabel(startMonth)}–${monthLabel(endMonth)}`;
}

/** The phases' names where space is short (the chart's bands, the filter). */
export const phaseShort: Record<PhaseId, string> = {
  design: 'Design',
  implementation: 'Implementation',
  operation: 'Operation',
  audits: 'Audits',
};
