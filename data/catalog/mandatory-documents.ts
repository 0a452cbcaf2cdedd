/**
 * Documented information that ISO/IEC 27001:2022 requires, keyed to the clause requirement that asks for it.
 * Facts: the standard's clause numbering and references; the titles and explanations are our own wording.
 *
 * Each entry is a *document* (how something is meant to work: scope, policy, the risk processes, SoA, risk
 * treatment plan, objectives, operational planning) or a *record* (that it was done: competence evidence, risk
 * assessment and treatment results, monitoring results, the audit programme and its results, management
 * review results, nonconformities and corrective actions). A Stage 1 auditor reads the documents and checks
 * from the records that the ISMS has actually run, internal audit and management review included, so a
 * record's plan alone does not count.
 */
import type { MandatoryDocumentData } from './types';

export const mandatoryDocuments = [
  {
    id: 'isms-scope',
    title: 'ISMS scope',
    kind: 'document',
    item: '4.3',
    reference: '4.3',
    why: 'Without a written boundary the auditor cannot plan what to examine, and the certificate wording has nothing to rest on.',
  },
  {
    id: 'information-security-policy',
    title: 'Information security policy',
    kind: 'document',
    item: '5.2',
    reference: '5.2',
    why: 'It is the first proof that leadership has set a direction, and every lower-level rule should trace back to it.',
  },
  {
    id: 'risk-assessment-process',
    title: 'Risk assessment process',
    kind: 'document',
    item: '6.1.2',
    reference: '6.1.2',
    why: 'Auditors need the written method to judge whether risk scores are repeatable or just opinions.',
  },
  {
    id: 'risk-treatment-process',
    title: 'Risk treatment process',
    kind: 'document',
    item: '6.1.3',
    reference: '6.1.3',
    why: 'It shows how treatment options and controls are chosen, so decisions about each risk follow a rule instead of habit.',
  },
  {
    id: 'statement-of-applicability',
    title: 'Statement of Applicability',
    kind: 'document',
    item: '6.1.3',
    reference: '6.1.3 d',
    why: 'The audit team uses it as its testing map, checking each Annex A control against the stated inclusion, justification and status.',
  },
  {
    id: 'risk-treatment-plan',
    title: 'Risk treatment plan',
    kind: 'document',
    item: '6.1.3',
    reference: '6.1.3 e',
    why: 'It turns treatment decisions into dated, owned actions that the auditor can follow through to completion.',
  },
  {
    id: 'information-security-objectives',
    title: 'Information security objectives',
    kind: 'document',
    item: '6.2',
    reference: '6.2',
    why: 'Measurable goals let the auditor see whether the programme is aiming somewhere and whether it is getting there.',
  },
  {
    id: 'evidence-of-competence',
    title: 'Evidence of competence',
    kind: 'record',
    item: '7.2',
    reference: '7.2',
    why: 'Training logs and qualifications prove that people running security tasks are fit to do them, not merely assigned.',
  },
  {
    id: 'documents-deemed-necessary',
    title: 'Documented information the organization deems necessary',
    kind: 'document',
    item: '7.5.1',
    reference: '7.5.1 b',
    why: 'Procedures your own team relies on must exist on paper so the auditor can test that operations match them.',
  },
  {
    id: 'operational-planning',
    title: 'Operational planning and control',
    kind: 'document',
    item: '8.1',
    reference: '8.1',
    why: 'A written plan of how the security processes run, with their criteria, lets the auditor judge at Stage 1 whether operation is set up; the records it produces are checked at Stage 2.',
  },
  {
    id: 'risk-assessment-results',
    title: 'Risk assessment results',
    kind: 'record',
    item: '8.2',
    reference: '8.2',
    why: 'Dated outputs of each assessment show the method was actually applied and repeated when things changed.',
  },
  {
    id: 'risk-treatment-results',
    title: 'Risk treatment results',
    kind: 'record',
    item: '8.3',
    reference: '8.3',
    why: 'They let the auditor confirm that planned controls were delivered and residual risk really went down.',
  },
  {
    id: 'monitoring-measurement-results',
    title: 'Monitoring and measurement results',
    kind: 'record',
    item: '9.1',
    reference: '9.1',
    why: 'Recorded metrics are the factual basis for claiming controls work, and they feed the management review.',
  },
  {
    id: 'audit-programme-and-results',
    title: 'Audit programme and audit results',
    kind: 'record',
    item: '9.2.2',
    reference: '9.2.2',
    why: 'The certification body relies on your own audits to see that the system checks itself across its whole scope.',
  },
  {
    id: 'management-review-results',
    title: 'Management review results',
    kind: 'record',
    item: '9.3.3',
    reference: '9.3.3',
    why: 'Minutes with decisions are the clearest sign that top management genuinely steers the programme.',
  },
  {
    id: 'nonconformities-and-actions',
    title: 'Nonconformities and actions taken',
    kind: 'record',
    item: '10.2',
    reference: '10.2',
    why: 'A log of what went wrong and how it was handled shows problems are captured rather than quietly patched.',
  },
  {
    id: 'corrective-action-results',
    title: 'Results of corrective action',
    kind: 'record',
    item: '10.2',
    reference: '10.2',
    why: 'Recording whether each fix worked proves the loop is closed and the same issue is unlikely to return.',
  },
] satisfies readonly MandatoryDocumentData[];
