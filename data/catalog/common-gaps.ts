/**
 * Gaps that certification auditors commonly report, mapped to the catalog items whose answers reveal them.
 * Facts: the themes follow a public ISO/IEC 27001 requirements guide; item ids use ISO/IEC 27001:2022
 * clause and Annex A numbering. All descriptions are our own wording.
 */
import type { CommonGapData } from './types';

export const commonGaps = [
  {
    id: 'weak-risk-assessment',
    title: 'Risk assessment lacks rigour',
    description:
      'Risks were discussed informally but there are no defined likelihood and impact scales, scores vary from one assessor to the next, and chosen controls cannot be traced back to specific risks.',
    items: ['6.1.2', '8.2', '6.1.3'],
  },
  {
    id: 'stale-soa',
    title: 'Statement of Applicability incomplete or stale',
    description:
      'The SoA skips controls, excludes some without a reason, or claims controls are in place that are not. It was often written once for the audit and never revised after the business or its risks changed.',
    items: ['6.1.3', '8.3', '6.1.2'],
  },
  {
    id: 'superficial-internal-audit',
    title: 'Internal audits superficial or missing',
    description:
      'Audits are skipped, run without a plan or method, or done by people checking their own work, and they report no findings year after year, which makes certification auditors suspicious.',
    items: ['9.2.1', '9.2.2'],
  },
  {
    id: 'undocumented-management-review',
    title: 'Management review not documented',
    description:
      'Leaders talk about security in general meetings, but there is no dedicated review with an agenda covering the required topics, no minutes and no tracked decisions.',
    items: ['9.3.1', '9.3.2', '9.3.3'],
  },
  {
    id: 'no-corrective-action',
    title: 'Corrective action process underdeveloped',
    description:
      'Problems get fixed ad hoc with no register, no root cause analysis and no check that the fix held; where a log does exist, entries stay open indefinitely.',
    items: ['10.1', '10.2'],
  },
  {
    id: 'inconsistent-access-evidence',
    title: 'Access-management evidence inconsistent',
    description:
      'Access reviews are irregular or unrecorded, leavers still have live accounts, and admin rights are broader than roles need, so least privilege cannot be demonstrated across systems.',
    items: ['A.5.15', 'A.5.16', 'A.5.17', 'A.5.18', 'A.8.2', 'A.8.3', 'A.8.5'],
  },
] satisfies readonly CommonGapData[];
