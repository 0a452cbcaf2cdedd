/**
 * QUICK SCAN question set: 25 questions a sales rep can ask a prospect during a ten-minute call, and a booth
 * visitor can answer alone, one keystroke or tap per answer on the 0–4 maturity scale. Each question asks about
 * one practice, so that one level answers it; the help text lists what a good answer includes. Each question
 * stands for a group of related catalog items; together they cover every clause requirement (4.1 … 10.2, each
 * exactly once) and the Annex A controls an auditor or a buyer's security questionnaire usually tests first
 * (each control at most once), privacy and personal data included. Questions follow the order in which an
 * ISMS is usually built: context, leadership, risk, support, key controls, audit, review, improvement.
 *
 * Words a prospect may not know (ISMS, Annex A, Statement of Applicability) are explained where they appear.
 * A question keeps its id only while it asks the same thing: a question that changes what it asks gets a new
 * id, and the old one moves to retired.ts so that answers already given to it keep counting.
 *
 * All question and help wording is our own; only the item ids refer to ISO/IEC 27001:2022.
 */
import type { QuestionData } from '../catalog/types';

export const quickScan = [
  {
    id: 'quick.scope-context',
    text: 'Is there a written scope for your security program, based on what your business faces and what customers, regulators and the law expect of you?',
    help: 'Good: a short scope statement naming the locations, teams, products and systems covered, and any exclusions with reasons. Behind it sit a note of the issues that shape your risks, which also says whether climate change is one of them (Amendment 1 of 2024 to ISO 27001 asks this), and a list of who expects what of you: customers, regulators, partners, the laws and contracts that apply, and any climate-related demands. Both are reviewed at least yearly, and a simple map shows how your security processes fit together.',
    covers: ['4.1', '4.2', '4.3', '4.4', 'A.5.31'],
    section: '4',
  },
  {
    id: 'quick.leadership-policy',
    text: 'Does senior management visibly back security, for example by approving the security policy and funding the work?',
    help: 'Good: a top-level security policy signed off by leadership, topic policies staff have read, and a security budget and staffing that management reviews and actually funds. Leaders take part in security decisions rather than delegating them away.',
    covers: ['5.1', '5.2', '7.1', 'A.5.1'],
    section: '5',
  },
  {
    id: 'quick.roles',
    text: 'Is it written down who leads security and who is responsible for each security task?',
    help: 'Good: a named security lead with real authority, a list of roles and responsibilities that people recognise, and managers who hold their teams to the rules. Duties that could be abused together, such as requesting and approving the same access, are held by different people.',
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
    id: 'quick.risk-treatment-plan',
    text: 'Have you decided what to do about each significant risk, and can you show that those decisions are being carried out?',
    help: 'Good: a risk treatment plan giving each significant risk an action, an owner and a date, with progress recorded, and risk owners who have accepted the risk that remains. A Statement of Applicability (the list of the 93 security controls in ISO 27001, saying for each whether you use it and why) backs the plan. Recurring security tasks sit in a calendar or tracker with their outputs kept, including work suppliers do for you.',
    covers: ['6.1.3', '8.1', '8.3'],
    section: '6',
  },
  {
    id: 'quick.objectives-metrics',
    text: 'Do you steer security with a few measurable goals, tracked with regular figures that management sees?',
    help: 'Good: a handful of security objectives with targets, owners and deadlines, such as patching times or training completion, and figures gathered on a fixed rhythm and reported to management. Changes to the program itself, like a new site or a reorganised team, are planned before they are made.',
    covers: ['6.2', '6.3', '9.1'],
    section: '6',
  },
  {
    id: 'quick.competence-awareness',
    text: 'Does everyone get security training that fits their role, with records of who has completed it?',
    help: 'Good: required skills defined for each security role with training or qualifications on file, and awareness training for all staff at joining and every year, covering the policy and their own part in it. A simple plan says what is communicated about security, to whom, when and by whom.',
    covers: ['7.2', '7.3', '7.4', 'A.6.3'],
    section: '7',
  },
  {
    id: 'quick.documents',
    text: 'Are your security policies and procedures kept under document control, so staff always find the current, approved version?',
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
    id: 'quick.privacy',
    text: 'Do you know what personal data you hold about customers and staff, and handle it the way privacy laws such as the GDPR require?',
    help: 'Good: a record of the personal data you hold, why, where and for how long, with a named privacy lead and data processing agreements with customers and suppliers. Data is deleted when its retention period ends or a customer asks, copies included; support tools and test data hide details people do not need to see; and email, cloud sharing and devices have checks that stop personal data leaving by mistake.',
    covers: ['A.5.34', 'A.8.10', 'A.8.11', 'A.8.12'],
    section: 'A.5',
  },
  {
    id: 'quick.access-rights',
    text: 'When people join, change role or leave, are their accounts, passwords and access rights given, changed and taken back through an approved process?',
    help: 'Good: a written access policy saying who may see what, an approval for every new account and every change, and access removed on a leaver’s last day. First passwords are changed at first use, staff keep passwords in a password manager, system secrets such as API keys sit in a vault, and a secret that may have leaked is changed. Access is reviewed periodically, and admin accounts are few and named.',
    covers: ['A.5.15', 'A.5.16', 'A.5.17', 'A.5.18', 'A.8.2', 'A.8.3'],
    section: 'A.5',
  },
  {
    id: 'quick.suppliers-cloud',
    text: 'Do you check the security of key suppliers and cloud services, before you sign with them and regularly afterwards?',
    help: 'Good: a supplier list ranked by risk, security checks and contract clauses for the important ones, and periodic reviews such as reading their SOC 2 or ISO reports. Cloud services are chosen, configured and exited according to a defined approach.',
    covers: ['A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23'],
    section: 'A.5',
  },
  {
    id: 'quick.incident-response',
    text: 'Is there an incident response process that staff know how to use, from reporting a problem to learning from it?',
    help: 'Good: an incident procedure with roles and severity levels, a reporting channel everyone knows, and an incident log with timelines and preserved evidence. Each significant incident ends with lessons learned that turn into tracked actions.',
    covers: ['A.5.24', 'A.5.25', 'A.5.26', 'A.5.27', 'A.5.28', 'A.6.8'],
    section: 'A.5',
  },
  {
    id: 'quick.continuity-backup',
    text: 'Could you recover from a major outage or the loss of data, using backups and recovery plans you have actually tested?',
    help: 'Good: backups that follow a written rule, are kept apart from production and are restored in tests with results recorded. Continuity and recovery plans set target recovery times, critical systems have redundancy, and the plans are exercised at least yearly.',
    covers: ['A.5.29', 'A.5.30', 'A.8.13', 'A.8.14'],
    section: 'A.5',
  },
  {
    id: 'quick.people-lifecycle',
    text: 'Is security built into how people join and leave, from background checks and confidentiality terms to a leaver checklist?',
    help: 'Good: background checks in proportion to the role, contracts and NDAs that spell out security duties, and a known disciplinary route. A leaver checklist reminds people of their lasting obligations and is completed every time.',
    covers: ['A.6.1', 'A.6.2', 'A.6.4', 'A.6.5', 'A.6.6'],
    section: 'A.6',
  },
  {
    id: 'quick.physical-security',
    text: 'Are your offices and equipment physically protected, from controlled entry to the safe disposal of old devices?',
    help: 'Good: badges or keys with visitor records, extra protection for rooms holding equipment, alarms or cameras where the risk justifies them, and a clear desk and screen rule people follow. Disposal of devices and media is backed by wipe logs or destruction certificates.',
    covers: ['A.7.1', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.7', 'A.7.14'],
    section: 'A.7',
  },
  {
    id: 'quick.endpoints',
    text: 'Are all laptops and phones centrally managed, so that encryption and malware protection are enforced wherever people work?',
    help: 'Good: every device enrolled in a management tool that enforces disk encryption, screen lock and anti-malware, with compliance reports to prove it, and remote-working rules staff know. Encryption elsewhere follows a written rule that includes how keys are handled.',
    covers: ['A.8.1', 'A.8.7', 'A.8.24', 'A.6.7', 'A.7.9'],
    section: 'A.8',
  },
  {
    id: 'quick.multi-factor',
    text: 'Do email, cloud tools and remote access ask for a second sign-in step (MFA), such as an authenticator app or a security key, on top of the password?',
    help: 'Good: multi-factor authentication (MFA) enforced for everyone on email, cloud consoles, code repositories and remote access, with phishing-resistant methods such as security keys or passkeys for administrators. Older sign-in methods that skip the second step are switched off, and the few exceptions are listed and approved.',
    covers: ['A.8.5'],
    section: 'A.8',
  },
  {
    id: 'quick.vulnerabilities',
    text: 'Do you find and fix security weaknesses in your systems within set deadlines?',
    help: 'Good: regular scanning and patching with target fix times by severity, and secure baseline settings for servers, cloud and devices with drift detected. Someone follows threat news for your technology and acts on what matters.',
    covers: ['A.8.8', 'A.8.9', 'A.5.7'],
    section: 'A.8',
  },
  {
    id: 'quick.logging-monitoring',
    text: 'Do important systems keep logs that someone actually watches for suspicious activity?',
    help: 'Good: logging switched on for key systems and admin actions, logs gathered centrally, kept long enough and protected from tampering, and alerts reviewed by a named person or service. All clocks are synchronised so events line up during an investigation.',
    covers: ['A.8.15', 'A.8.16', 'A.8.17'],
    section: 'A.8',
  },
  {
    id: 'quick.network-security',
    text: 'Is your network split into protected zones, with firewall rules that are reviewed on a schedule?',
    help: 'Good: a documented network design that separates office, production and guest networks, firewall rules reviewed on a schedule, secured network services, and web filtering that blocks harmful sites on company devices.',
    covers: ['A.8.20', 'A.8.21', 'A.8.22', 'A.8.23'],
    section: 'A.8',
  },
  {
    id: 'quick.secure-development',
    text: 'If you build or change software, is security part of the normal process, from requirements to approved release?',
    help: 'Good: security built into the development lifecycle, peer review and automated checks on code, and security testing before release. Development, test and production are kept apart, and every change is approved and traceable.',
    covers: ['A.8.25', 'A.8.26', 'A.8.28', 'A.8.29', 'A.8.31', 'A.8.32'],
    section: 'A.8',
  },
  {
    id: 'quick.internal-audit',
    text: 'Are planned internal audits of your security program carried out by someone independent of the work audited?',
    help: 'Good: an audit programme that covers the whole information security management system (ISMS) over a cycle, impartial auditors, and reports whose findings are recorded and reach management. Regular checks confirm that people follow the policies in practice.',
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
    text: 'When something is found wrong, do you fix its root cause and then check that the fix worked?',
    help: 'Good: a corrective-action register recording what went wrong, its cause, the action, an owner, a due date and an effectiveness check for every item. You can point to concrete examples of the program getting better over time.',
    covers: ['10.1', '10.2'],
    section: '10',
  },
] satisfies readonly QuestionData[];
