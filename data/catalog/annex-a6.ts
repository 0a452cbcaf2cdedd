/**
 * Annex A, theme A.6: people controls.
 *
 * Facts (control numbering, official short titles, and which controls are new in the 2022 edition) are
 * taken from ISO/IEC 27001:2022 Annex A. All other wording (questions, help, evidence, effort, weight) is
 * our own and is not copied from ISO/IEC 27001 or ISO/IEC 27002.
 */
import type { CatalogItemData } from './types';

export const annexA6 = [
  {
    id: 'A.6.1',
    title: 'Screening',
    question:
      'Do you run background checks on new hires and contractors before they get access to company systems or customer data?',
    help:
      'A written rule says which checks apply to which roles (identity, right to work, references, and deeper checks for privileged or finance roles), scaled to local law and the sensitivity of the job. Checks finish before accounts are issued, and HR can show a completed record for any sampled joiner, including contractors hired through agencies.',
    evidence: [
      'Screening policy with role-based check levels',
      'Completed check records for a sample of recent hires',
      'Agency or vendor contract clauses covering contractor screening',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.6.2',
    title: 'Terms and conditions of employment',
    question:
      'Do employment contracts or signed handbooks tell staff what they must do to protect company and customer information?',
    help:
      'Contracts, offer letters or a signed handbook spell out each person\'s duty to follow security policies, protect confidential data and respect intellectual property, and say that these duties carry on after they leave. Every current employee and contractor has signed the version in force, and HR can pull the signature on request.',
    evidence: [
      'Contract or handbook template with security clauses',
      'Signed acknowledgements for sampled staff',
      'Contractor agreement template',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.6.3',
    title: 'Information security awareness, education and training',
    question:
      'Does everyone get security training when they join and at least once a year, with extra training for people in sensitive roles?',
    help:
      'New joiners complete training in their first weeks, everyone refreshes at least yearly, and engineers, admins and support staff get material matched to their actual risks. Completion is tracked, laggards are chased, and phishing simulations or short quizzes show whether the message is landing rather than just being clicked through.',
    evidence: [
      'Training plan and course content',
      'Completion report per employee with dates',
      'Phishing simulation or quiz results',
      'Role-specific training records (e.g. secure coding)',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.6.4',
    title: 'Disciplinary process',
    question:
      'Is there a known, fair process for what happens when someone breaks security rules, and do staff know it exists?',
    help:
      'The HR disciplinary procedure explicitly covers security breaches, grades the response by intent and impact, and gives the person a fair hearing before any sanction. Staff are told about it during onboarding, and HR can show it has actually been applied, with the outcome recorded, when a violation occurred.',
    evidence: [
      'Disciplinary procedure referencing security violations',
      'Handbook section or onboarding material that communicates it',
      'Anonymised case log, if any cases occurred',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.6.5',
    title: 'Responsibilities after termination or change of employment',
    question:
      'When someone leaves or switches roles, do you remove access they no longer need and remind them of confidentiality duties that still apply?',
    help:
      'HR triggers a leaver or mover checklist the same day the change is known; IT revokes or adjusts access across SSO and any apps outside it, devices come back, and the person is reminded in writing of what stays confidential. Auditors sample recent leavers and movers and compare their last working day with the timestamp when each account was disabled.',
    evidence: [
      'Leaver and mover checklist or workflow',
      'Access revocation tickets with timestamps for sampled leavers',
      'Exit reminder of ongoing confidentiality duties',
      'Equipment return records',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.6.6',
    title: 'Confidentiality or non-disclosure agreements',
    question:
      'Do staff, contractors and outside partners sign an NDA (non-disclosure agreement) before they see confidential information?',
    help:
      'Standard NDA templates exist for employees, contractors and third parties, state what counts as confidential, how long the duty lasts and what happens at the end of the relationship. Someone reviews the templates periodically against legal and business changes, and signed copies are filed where they can be found quickly.',
    evidence: [
      'NDA templates for staff and third parties',
      'Signed NDAs for a sample of people and partners',
      'Record of the last template review',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.6.7',
    title: 'Remote working',
    question:
      'If people work from home or on the road, are there clear rules for keeping laptops, calls and company data safe outside the office?',
    help:
      'A remote working policy covers device requirements, home Wi-Fi and public networks, screen privacy, printing and who may see work material, and it is backed by technical measures such as managed devices, disk encryption and VPN or zero-trust access. For remote-first companies this is a core control, so auditors expect the rules to match how people really work and the device settings to prove it.',
    evidence: [
      'Remote working policy acknowledged by staff',
      'Device management report showing encryption and patch status',
      'Remote access configuration (VPN, SSO, conditional access)',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.6.8',
    title: 'Information security event reporting',
    question:
      'Do employees know exactly how to report something suspicious, like a phishing email or a lost laptop, and do they actually use it?',
    help:
      'There is one easy channel (a Slack channel, email alias, form or report-phish button) that every staff member knows about, and reports reach the security team quickly. People are encouraged to report without fear of blame, reports are logged and triaged, and the log shows real use rather than an empty inbox.',
    evidence: [
      'Reporting procedure and how it is communicated',
      'Log or ticket queue of reported events',
      'Training or intranet material naming the reporting channel',
    ],
    effort: 'S',
    weight: 2,
  },
] satisfies readonly CatalogItemData[];
