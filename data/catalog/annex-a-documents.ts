/**
 * Documented information that Annex A asks for when its control applies. It joins the Stage 1 document review
 * only for a control that is applicable (not marked N/A in the Statement of Applicability); the control's
 * *operation* may still be under way at Stage 1 when the risk treatment plan schedules it, but the document
 * itself should be written.
 *
 * How the list was chosen: a control is here when its own requirement in ISO/IEC 27001:2022 Annex A says the
 * thing is documented, or when what it asks for is by nature a written artefact an auditor can read before
 * seeing anything operate — a policy set, an inventory, a register, a signed agreement's template:
 * - A.5.1 topic-specific policies (approved and published beside the top-level policy of clause 5.2);
 * - A.5.9 the inventory of information and other associated assets;
 * - A.5.10 the rules for acceptable use, which the control wants written down;
 * - A.5.24 the incident management plan, because A.5.26 wants incidents handled by documented procedures and
 *   A.5.24 is where the catalog asks whether that plan is written (A.5.26 asks whether it is followed);
 * - A.5.31 the register of legal, statutory, regulatory and contractual requirements, written down and kept current;
 * - A.5.37 operating procedures, written down and available to whoever needs them;
 * - A.6.6 confidentiality agreements, whose terms are written down and reviewed;
 * - A.8.9 configurations, security settings included, set and written down;
 * - A.8.27 principles for engineering secure systems, set and written down.
 * Left out on purpose: controls that ask for rules or agreements to be "in place" without saying documented
 * (A.5.14 transfer, A.5.15 access rules, A.5.19–A.5.20 suppliers, A.6.2 employment terms): their policies are
 * the topic policies of A.5.1, and their evidence is operation, which Stage 2 samples. Records that controls
 * produce (logs, incident records, test results) are operating evidence for Stage 2, not Stage 1 documents.
 *
 * Facts: the control numbers and what each control asks to be documented; titles and explanations are ours.
 */
import type { MandatoryDocumentData } from './types';

export const annexADocuments = [
  {
    id: 'topic-specific-policies',
    title: 'Topic-specific security policies',
    kind: 'document',
    item: 'A.5.1',
    reference: 'A.5.1',
    why: 'Policies on topics such as access, backup and suppliers turn the top-level policy into rules people can follow and auditors can test.',
  },
  {
    id: 'asset-inventory',
    title: 'Inventory of information and other associated assets',
    kind: 'document',
    item: 'A.5.9',
    reference: 'A.5.9',
    why: 'The inventory tells the auditor what the ISMS protects; sampled controls are traced back to entries in it.',
  },
  {
    id: 'acceptable-use-rules',
    title: 'Acceptable use rules',
    kind: 'document',
    item: 'A.5.10',
    reference: 'A.5.10',
    why: 'Staff can only be held to rules that are written down, and the auditor reads them before asking people about them.',
  },
  {
    id: 'incident-management-procedure',
    title: 'Incident management procedure',
    kind: 'document',
    item: 'A.5.24',
    reference: 'A.5.24, A.5.26',
    why: 'Incidents are to be handled by a written procedure, so the auditor reads it first and then checks incident records against it.',
  },
  {
    id: 'legal-contractual-register',
    title: 'Register of legal, regulatory and contractual requirements',
    kind: 'document',
    item: 'A.5.31',
    reference: 'A.5.31',
    why: 'The register shows which obligations shape the ISMS, and how each is met; auditors use it to check that none was overlooked.',
  },
  {
    id: 'operating-procedures',
    title: 'Documented operating procedures',
    kind: 'document',
    item: 'A.5.37',
    reference: 'A.5.37',
    why: 'Written runbooks for routine and critical IT work let the auditor compare what engineers do with what is agreed.',
  },
  {
    id: 'confidentiality-agreements',
    title: 'Confidentiality or non-disclosure agreements',
    kind: 'document',
    item: 'A.6.6',
    reference: 'A.6.6',
    why: 'Agreed templates show what people and partners commit to keep confidential, and for how long.',
  },
  {
    id: 'configuration-baselines',
    title: 'Secure configuration baselines',
    kind: 'document',
    item: 'A.8.9',
    reference: 'A.8.9',
    why: 'A written baseline is what drift is measured against; without it, no configuration can be called wrong.',
  },
  {
    id: 'secure-engineering-principles',
    title: 'Secure engineering principles',
    kind: 'document',
    item: 'A.8.27',
    reference: 'A.8.27',
    why: 'Written principles give design reviews a yardstick, so the auditor can see security designed in rather than added later.',
  },
] satisfies readonly MandatoryDocumentData[];
