/**
 * QUICK SCAN question set: about 24 questions a sales rep can ask a prospect during a ten-minute call,
 * one keystroke per answer on the 0–4 maturity scale. Each question stands for a group of related catalog
 * items; together they cover every clause requirement (4.1 … 10.2, each exactly once) and the Annex A
 * controls an auditor usually tests first (each control at most once). Questions follow the order in which
 * an ISMS is usually built: context, leadership, risk, support, key controls, operation, audit, review,
 * improvement.
 *
 * All question and help wording is our own; only the item ids refer to ISO/IEC 27001:2022.
 */
import type { QuestionData } from '../catalog/types';

export const quickScan = [
  {
    id: 'quick.scope-context',
    text: 'Have you written down which parts of the business your security program covers, and what customers, regulators and laws expect of you?',
    help: 'Good: a short scope statement naming locations, teams, products and any exclusions with reasons, backed by a list of internal and external issues, interested parties and the legal and contractual duties that follow. It is reviewed at least yearly and describes how the management system fits together.',
    covers: ['4.1', '4.2', '4.3', '4.4', 'A.5.31'],
    section: '4',
  },
  {
    id: 'quick.leadership-policy',
    text: 'Does senior management actively back security with an approved policy, a budget and people’s time?',
    help: 'Good: a top-level security policy signed off by leadership, supported by topic policies staff have read, and a budget and staffing that management reviews and actually funds. Leaders take part in security decisions rather than delegating them away.',
    covers: ['5.1', '5.2', '7.1', 'A.5.1'],
    section: '5',
  },
  {
    id: 'quick.roles',
    text: 'Is it clear who is in charge of security and who owns which tasks, and are risky duties split between different people?',
    help: 'Good: a named security lead with real authority, a written list of roles and responsibilities that people recognise, managers who hold their teams to the rules, and conflicting duties such as requesting and approving access held by different people.',
    covers: ['5.3', 'A.5.2', 'A.5.3', 'A.5.4'],
    section: '5',
  },
  {
    id: 'quick.risk-assessment',
    text: 'Do you have a written method for finding and rating security risks, and have you used it recently to produce a risk register?',
    help: 'Good: a documented method with clear likelihood and impact scales and criteria for accepting risk, applied on a schedule and after major changes. The result is a dated risk register with an owner for every risk.',
    covers: ['6.1.1', '6.1.2', '8.2'],
    section: '6',
  },
  {
    id: 'quick.risk-treatment',
    text: 'For each significant risk, have you decided what to do about it, listed which controls you use and why, and tracked the actions?',
    help: 'Good: a risk treatment plan with owners and dates, a Statement of Applicability giving every Annex A control a decision and a reason, and risk owners signing off the remaining risk. Progress on the plan is recorded and kept.',
    covers: ['6.1.3', '8.3'],
    section: '6',
  },
  {
    id: 'quick.objectives-metrics',
    text: 'Have you set measurable security goals, do you track them with regular figures, and are changes to the program planned ahead?',
    help: 'Good: a handful of objectives with targets, owners and deadlines, and metrics gathered on a fixed rhythm and reported to management. Changes to the program are planned with their effects thought through before they are made.',
    covers: ['6.2', '6.3', '9.1'],
    section: '6',
  },
  {
    id: 'quick.competence-awareness',
    text: 'Are people trained in security for their role, do all staff know the policy and their part in it, and is it clear who communicates what?',
    help: 'Good: required skills defined for each security role with training or qualifications on file, awareness training for everyone at joining and every year with completion records. A simple plan says what is communicated about security, to whom, when and by whom.',
    covers: ['7.2', '7.3', '7.4', 'A.6.3'],
    section: '7',
  },
  {
    id: 'quick.documents',
    text: 'Are your security documents and procedures versioned, approved, easy for staff to find and kept up to date?',
    help: 'Good: one controlled place for policies, procedures and records, each with an owner, version, approval and review date. Outdated versions are withdrawn and records are protected from loss or tampering.',
    covers: ['7.5.1', '7.5.2', '7.5.3', 'A.5.37'],
    section: '7',
  },
  {
    id: 'quick.assets-classification',
    text: 'Do you keep an up-to-date list of your systems, devices and data, each with an owner and a label saying how sensitive it is?',
    help: 'Good: an asset inventory, often fed by device-management and cloud tools, with an owner per asset, a simple classification scheme people actually apply, and rules for handling and sharing each level. Acceptable-use rules are acknowledged and equipment comes back when people leave.',
    covers: ['A.5.9', 'A.5.10', 'A.5.11', 'A.5.12', 'A.5.13'],
    section: 'A.5',
  },
  {
    id: 'quick.access-management',
    text: 'Is access to systems granted only with approval, removed promptly when people leave, reviewed regularly and protected by MFA?',
    help: 'Good: a written access policy, tickets showing approval for every grant and timely removal for leavers, periodic access reviews with fixes recorded, a short list of admin accounts and multi-factor login on important systems.',
    covers: ['A.5.15', 'A.5.16', 'A.5.17', 'A.5.18', 'A.8.2', 'A.8.3', 'A.8.5'],
    section: 'A.5',
  },
  {
    id: 'quick.suppliers-cloud',
    text: 'Do you check key suppliers and cloud services for security before signing, put security terms in contracts, and review them over time?',
    help: 'Good: a supplier list ranked by risk, security checks and contract clauses for the important ones, and periodic reviews such as reading their SOC 2 or ISO reports. Cloud services are chosen, configured and exited according to a defined approach.',
    covers: ['A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23'],
    section: 'A.5',
  },
  {
    id: 'quick.incident-response',
    text: 'If something goes wrong, do staff know how to report it, and is there a plan for handling, recording and learning from incidents?',
    help: 'Good: an incident procedure with roles and severity levels, a reporting channel everyone knows, and an incident log with timelines and preserved evidence. Each significant incident ends with lessons learned that turn into tracked actions.',
    covers: ['A.5.24', 'A.5.25', 'A.5.26', 'A.5.27', 'A.5.28', 'A.6.8'],
    section: 'A.5',
  },
  {
    id: 'quick.continuity-backup',
    text: 'Are data and systems backed up and restore-tested, and do you have a tested plan to keep running through a major outage?',
    help: 'Good: backups that follow a written rule, are kept apart from production and are restored in tests with results recorded. Continuity and recovery plans set target recovery times, critical systems have redundancy, and the plans are exercised at least yearly.',
    covers: ['A.5.29', 'A.5.30', 'A.8.13', 'A.8.14'],
    section: 'A.5',
  },
  {
    id: 'quick.people-lifecycle',
    text: 'Do you screen new hires, have everyone sign confidentiality terms, and handle security properly when people change roles or leave?',
    help: 'Good: background checks in proportion to the role, contracts and NDAs that spell out security duties, and a known disciplinary route. A leaver checklist reminds people of their lasting obligations and is completed every time.',
    covers: ['A.6.1', 'A.6.2', 'A.6.4', 'A.6.5', 'A.6.6'],
    section: 'A.6',
  },
  {
    id: 'quick.physical-security',
    text: 'Are offices and server rooms protected by controlled entry, are desks and screens kept clear, and are old devices wiped before disposal?',
    help: 'Good: badges or keys with visitor records, extra protection for rooms holding equipment, alarms or cameras where the risk justifies them, and a clear desk and screen rule people follow. Disposal of devices and media is backed by wipe logs or destruction certificates.',
    covers: ['A.7.1', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.7', 'A.7.14'],
    section: 'A.7',
  },
  {
    id: 'quick.endpoints',
    text: 'Are laptops and phones centrally managed, encrypted and protected against malware, including when people work from home or travel?',
    help: 'Good: every device enrolled in a management tool that enforces disk encryption, screen lock and anti-malware, with compliance reports to prove it, and remote-working rules staff know. Encryption elsewhere follows a written rule that includes how keys are handled.',
    covers: ['A.8.1', 'A.8.7', 'A.8.24', 'A.6.7', 'A.7.9'],
    section: 'A.8',
  },
  {
    id: 'quick.vulnerabilities',
    text: 'Do you find and fix software weaknesses within set deadlines, and keep systems set up to a secure standard?',
    help: 'Good: regular scanning and patching with target fix times by severity, and secure baseline settings for servers, cloud and devices with drift detected. Someone follows threat news for your technology and acts on what matters.',
    covers: ['A.8.8', 'A.8.9', 'A.5.7'],
    section: 'A.8',
  },
  {
    id: 'quick.logging-monitoring',
    text: 'Do important systems keep logs that are protected, kept long enough, and actually watched for suspicious activity?',
    help: 'Good: logging switched on for key systems and admin actions, logs gathered centrally and protected from tampering, and alerts reviewed by a named person or service. All clocks are synchronised so events line up during an investigation.',
    covers: ['A.8.15', 'A.8.16', 'A.8.17'],
    section: 'A.8',
  },
  {
    id: 'quick.network-security',
    text: 'Is your network protected by firewalls and split into zones, and are risky websites and network services restricted?',
    help: 'Good: a documented network design that separates office, production and guest networks, firewall rules reviewed on a schedule, secured network services, and web filtering on company devices.',
    covers: ['A.8.20', 'A.8.21', 'A.8.22', 'A.8.23'],
    section: 'A.8',
  },
  {
    id: 'quick.secure-development',
    text: 'If you build or change software, are security requirements, code review, testing and approved releases part of the normal process?',
    help: 'Good: security built into the development lifecycle, peer review and automated checks on code, and security testing before release. Development, test and production are kept apart, and every change is approved and traceable.',
    covers: ['A.8.25', 'A.8.26', 'A.8.28', 'A.8.29', 'A.8.31', 'A.8.32'],
    section: 'A.8',
  },
  {
    id: 'quick.operation-records',
    text: 'Can you show records that the security activities you planned are actually carried out on schedule, not just written down?',
    help: 'Good: a security calendar or task tracker showing recurring activities done on time, with their outputs kept as evidence. Work done by outside parties on your behalf is identified and kept under control.',
    covers: ['8.1'],
    section: '8',
  },
  {
    id: 'quick.internal-audit',
    text: 'Do you run planned internal audits of the security program, by someone independent of the work audited, and record what they find?',
    help: 'Good: an audit programme that covers the whole ISMS over a cycle, impartial auditors, and reports whose findings reach management. Regular checks confirm that people follow the policies in practice.',
    covers: ['9.2.1', '9.2.2', 'A.5.35', 'A.5.36'],
    section: '9',
  },
  {
    id: 'quick.management-review',
    text: 'Does senior management meet at least once a year to review how security is going, and record the decisions it takes?',
    help: 'Good: a scheduled review with a fixed agenda covering audit results, incidents, metrics, risks, changes and improvement ideas. Minutes list the decisions and actions, and those actions are followed up.',
    covers: ['9.3.1', '9.3.2', '9.3.3'],
    section: '9',
  },
  {
    id: 'quick.improvement',
    text: 'When something is found wrong, do you log it, find the root cause, fix it and then check that the fix worked?',
    help: 'Good: a corrective-action register recording cause, action, owner, due date and an effectiveness check for every item. You can point to concrete examples of the program getting better over time.',
    covers: ['10.1', '10.2'],
    section: '10',
  },
] satisfies readonly QuestionData[];
