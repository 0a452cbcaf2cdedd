import type { PhaseId } from '../../data/cost-model';

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Person-days, to a tenth: "12.5". */
export function dayLabel(days: number): string {
  return oneDecimal.format(days);
}

/** The phases' names where space is short (the chart's bands, the filter). */
export const phaseShort: Record<PhaseId, string> = {
  design: 'Design',
  implementation: 'Implementation',
  operation: 'Operation',
  audits: 'Audits',
};
