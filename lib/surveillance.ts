/**
 * Certified organizations (issue 15): with a current ISO/IEC 27001:2022 certificate, the question is no longer
 * Stage 1 but the next audit of the three-year cycle — surveillance in years two and three, recertification
 * before the certificate expires — which findings it would likely raise, and what the rest of the cycle costs.
 *
 * The cycle runs from the certificate's issue date: surveillance audits fall within 12 and 24 months of it, and
 * recertification must be done before the certificate expires at 36 months (ISO/IEC 17021-1 practice). A 2013
 * certificate lapsed at the latest on 31 October 2025, when the transition period ended.
 */
import type { Formats } from './locale/formats';
import type { Range } from '../data/cost-model';
import { addMonths, parseIsoDate } from './calendar';
import type { Estimate } from './estimate';
import type { Stage2Finding } from './verdict';
import { holds, type Intake } from './intake';

export type CycleAudit = 'surveillance-1' | 'surveillance-2' | 'recertification';

export const cycleAuditLabels: Record<CycleAudit, string> = {
  'surveillance-1': 'First surveillance audit',
  'surveillance-2': 'Second surveillance audit',
  recertification: 'Recertification audit',
};

/** The last day any certificate to the 2013 edition was valid. */
export const end2013Transition = new Date(Date.UTC(2025, 9, 31));

export interface DueAudit {
  audit: CycleAudit;
  /** The audit must be done by this day. */
  dueBy: Date;
}

export type CertificateStatus =
  | { kind: 'none' }
  | { kind: 'current'; issued: Date; expires: Date; next: DueAudit; remaining: DueAudit[] }
  | { kind: 'lapsed'; edition: '2022' | '2013'; lapsedOn: Date };

function cycleOf(issued: Date): DueAudit[] {
  return [
    { audit: 'surveillance-1', dueBy: addMonths(issued, 12) },
    { audit: 'surveillance-2', dueBy: addMonths(issued, 24) },
    { audit: 'recertification', dueBy: addMonths(issued, 36) },
  ];
}

/** Where the organization's certificate stands on `today`; a 2022 certificate wins over a 2013 one. */
export function certificateStatus(intake: Intake | undefined, today: Date): CertificateStatus {
  const current = holds(intake, 'iso27001-2022');
  const issued2022 = current?.issued ? parseIsoDate(current.issued) : undefined;
  if (issued2022) {
    const expires = addMonths(issued2022, 36);
    if (today.getTime() >= expires.getTime()) return { kind: 'lapsed', edition: '2022', lapsedOn: expires };
    const remaining = cycleOf(issued2022).filter((due) => due.dueBy.getTime() > today.getTime());
    return { kind: 'current', issued: issued2022, expires, next: remaining[0]!, remaining };
  }
  const old = holds(intake, 'iso27001-2013');
  const issued2013 = old?.issued ? parseIsoDate(old.issued) : undefined;
  if (issued2013) {
    const expires = addMonths(issued2013, 36);
    const lapsedOn = expires.getTime() < end2013Transition.getTime() ? expires : end2013Transition;
    if (today.getTime() >= lapsedOn.getTime()) return { kind: 'lapsed', edition: '2013', lapsedOn };
  }
  return { kind: 'none' };
}

export interface SurveillanceOutlook {
  /** Likely nonconformities at the next audit, worst first: the answers' gaps, as a sampling auditor grades them. */
  findings: Stage2Finding[];
  major: number;
  minor: number;
}

/** Which findings the next audit would likely raise: every item below target that an auditor could sample. */
export function surveillanceOutlook(stage2Findings: readonly Stage2Finding[]): SurveillanceOutlook {
  const findings = stage2Findings.filter((finding) => finding.grade !== 'to-confirm');
  return {
    findings,
    major: findings.filter((finding) => finding.grade === 'likely-major').length,
    minor: findings.filter((finding) => finding.grade === 'likely-minor').length,
  };
}

export interface CycleCost extends Range {
  audit: CycleAudit;
  dueBy: Date;
}

/** The audits left in the cycle, each priced from the estimate's surveillance or recertification line. */
export function cycleCosts(estimate: Pick<Estimate, 'lineItems'>, remaining: readonly DueAudit[]): { audits: CycleCost[]; total: Range } {
  const line = (id: 'surveillance' | 'recertification') => estimate.lineItems.find((item) => item.id === id) ?? { low: 0, high: 0 };
  const audits = remaining.map((due) => {
    const { low, high } = line(due.audit === 'recertification' ? 'recertification' : 'surveillance');
    return { ...due, low, high };
  });
  return {
    audits,
    total: audits.reduce((sum, audit) => ({ low: sum.low + audit.low, high: sum.high + audit.high }), { low: 0, high: 0 }),
  };
}

/**
 * "Certified to ISO/IEC 27001:2022: next, the first surveillance audit, due by Mar 14, 2027"; without formats
 * (the popup's glance, which stays light), the date is left to the results.
 */
export function certifiedTitle(status: Extract<CertificateStatus, { kind: 'current' }>, formats?: Pick<Formats, 'day'>): string {
  const due = formats ? `, due by ${formats.day(status.next.dueBy)}` : '';
  return `Certified to ISO/IEC 27001:2022: next, the ${cycleAuditLabels[status.next.audit].toLowerCase()}${due}`;
}
