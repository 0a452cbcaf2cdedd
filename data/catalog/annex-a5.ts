/**
 * Annex A theme 5: organizational controls (A.5.1 … A.5.37).
 *
 * Facts — control numbering, official short titles, and which controls are new in the 2022 edition —
 * are taken from ISO/IEC 27001:2022 Annex A. All other wording (questions, help, evidence, effort and
 * weight) is our own and is not copied from ISO/IEC 27001 or ISO/IEC 27002.
 */
import type { CatalogItemData } from './types';

export const annexA5 = [
  {
    id: 'A.5.1',
    title: 'Policies for information security',
    question:
      'Do you have a written security policy, signed off by leadership, that staff have read and that gets revisited at least once a year?',
    help:
      'A short top-level policy approved by the CEO or board sets direction, and a handful of topic policies (access, backups, suppliers, acceptable use) give the detail. Each one names an owner, shows a version and review date, and staff can find it on the intranet. Auditors like to see that the last review actually changed something or was consciously confirmed.',
    evidence: [
      'approved top-level security policy',
      'topic-specific policies with version history',
      'staff acknowledgement records',
      'minutes of the last policy review',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.5.2',
    title: 'Information security roles and responsibilities',
    question:
      'Is it written down who is in charge of security, and does each team know which security tasks belong to them?',
    help:
      'One named person coordinates the security programme, and every key system or data set has a named owner. Job descriptions or a RACI chart spell out duties such as approving access or reviewing logs. When asked, people can say what they personally are on the hook for.',
    evidence: [
      'security RACI or responsibility matrix',
      'job descriptions mentioning security duties',
      'appointment letter for the security lead',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.5.3',
    title: 'Segregation of duties',
    question:
      'Are risky tasks split so no single person can both make and approve a change, such as creating a payment and releasing it?',
    help:
      'The company has listed the combinations of duties that must not sit with one person — raising and approving payments, writing and deploying code, granting and reviewing access. System roles enforce the split where possible. Where the team is too small to separate, a manager reviews the activity afterwards and that review is recorded.',
    evidence: [
      'list of conflicting duties',
      'role definitions in finance and deployment systems',
      'records of compensating reviews',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.5.4',
    title: 'Management responsibilities',
    question:
      'Do managers actively make sure their teams follow the security rules, rather than leaving it all to IT?',
    help:
      'Line managers brief new joiners on the rules, chase overdue training, and treat security slips as a normal performance topic. Security expectations appear in manager onboarding or objectives. An auditor will ask a manager or two what they do and expect a concrete answer.',
    evidence: [
      'manager onboarding material covering security',
      'training completion reports reviewed by managers',
      'objectives or appraisal criteria that mention security',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.5.5',
    title: 'Contact with authorities',
    question:
      'If something serious happens, do you know exactly which regulators, police or agencies you would have to call, and how to reach them?',
    help:
      'A maintained contact list covers the data protection regulator, law enforcement, sector supervisors and emergency services, with who is allowed to make contact. Legal deadlines, such as the 72-hour breach notification under GDPR, are noted next to each entry. The list is checked during incident drills so numbers stay current.',
    evidence: [
      'authority contact register with owners',
      'procedure stating who may contact authorities',
      'records of past notifications, if any',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.5.6',
    title: 'Contact with special interest groups',
    question:
      'Does your security team belong to any industry groups, forums or associations where they pick up advice and warnings from peers?',
    help:
      'Staff are members of relevant bodies — a sector ISAC, a national CERT mailing list, local security meetups, or vendor user groups. Someone is named to follow these channels and pass on useful points. Auditors are satisfied by memberships plus a few examples where input led to an action.',
    evidence: [
      'list of memberships and subscriptions',
      'examples of advisories acted upon',
      'conference or forum attendance records',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.5.7',
    title: 'Threat intelligence',
    question:
      'Do you keep track of current hacking trends and attacks aimed at companies like yours, and use that to adjust your defences?',
    help:
      'Threat information comes from a few chosen feeds (government advisories, vendor bulletins, an industry sharing group) and someone reviews it on a set rhythm. Relevant findings are turned into actions: a blocked domain, a new detection rule, a risk register update. Auditors look for that trail from intelligence to decision, not just a feed subscription.',
    evidence: [
      'list of threat sources and who reviews them',
      'periodic threat summary or briefing notes',
      'tickets or risk entries created from threat information',
    ],
    effort: 'M',
    weight: 2,
    newIn2022: true,
  },
  {
    id: 'A.5.8',
    title: 'Information security in project management',
    question:
      'When you start a new project or build a new product, does someone check the security risks early instead of after launch?',
    help:
      'The project template includes a security step: a quick risk check at kickoff, security requirements in the backlog, and a sign-off before go-live. Bigger or riskier projects get a fuller assessment. Auditors pick a recent project and trace those steps through its artefacts.',
    evidence: [
      'project methodology with security gates',
      'security risk assessment for a recent project',
      'go-live checklist with security sign-off',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.5.9',
    title: 'Inventory of information and other associated assets',
    question:
      'Do you have an up-to-date list of your laptops, servers, cloud services and important data, with a named owner for each?',
    help:
      'An inventory, ideally fed automatically by device management and cloud tooling, lists hardware, software, SaaS apps and key data sets. Each entry has an owner and a rough importance rating. The list is reconciled regularly, so an auditor picking a random laptop or app finds it recorded.',
    evidence: [
      'asset inventory export with owners',
      'data or information asset register',
      'record of the last reconciliation',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.5.10',
    title: 'Acceptable use of information and other associated assets',
    question:
      'Have you told staff in writing what they may and may not do with company laptops, email, data and accounts?',
    help:
      'A plain acceptable-use policy covers personal use, installing software, handling customer data, use of AI tools, and what happens on breaches. Everyone, including contractors, accepts it at onboarding and again when it changes. It is short enough that people actually read it.',
    evidence: [
      'acceptable use policy',
      'signed or click-through acceptance records',
      'onboarding checklist showing the step',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.5.11',
    title: 'Return of assets',
    question:
      'When someone leaves, do you reliably get back their laptop, badge, phone and any company files they hold?',
    help:
      'The offboarding checklist, triggered by HR, lists every item issued to the person, and each one is ticked off as returned or written off. Remote leavers receive prepaid return packaging and devices are locked remotely if they do not arrive. Auditors sample recent leavers and match the checklist to the asset list.',
    evidence: [
      'completed offboarding checklists',
      'asset register showing returned equipment',
      'remote lock or wipe records for unreturned devices',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.5.12',
    title: 'Classification of information',
    question:
      'Do you sort your information into sensitivity levels, such as public, internal and confidential, so people know how carefully to treat it?',
    help:
      'A simple scheme of three or four levels is defined, with examples of what falls in each and handling rules for each level. Data owners assign a level to their key data sets in the asset register. Staff asked on the spot can explain which level customer data belongs to.',
    evidence: [
      'classification scheme with handling rules',
      'asset register showing classification levels',
      'training material explaining the levels',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.5.13',
    title: 'Labelling of information',
    question:
      'Can people tell how sensitive a document or file is just by looking at it, for example from a "Confidential" marking?',
    help:
      'Labels follow the classification scheme and are applied in practice: document templates carry a footer, email and Office tools offer sensitivity labels, and storage locations are named by level. Where labelling is impractical, such as raw databases, the rule for how the level is known is written down.',
    evidence: [
      'labelling procedure',
      'document templates with sensitivity markings',
      'configuration of sensitivity labels in the office suite',
    ],
    effort: 'M',
    weight: 1,
  },
  {
    id: 'A.5.14',
    title: 'Information transfer',
    question:
      'Do you have rules for sending sensitive data to customers or partners, such as using encrypted links rather than plain email attachments?',
    help:
      'Approved channels are defined for each sensitivity level — secure file-sharing, encrypted email, SFTP — and insecure ones are discouraged or blocked. Recurring exchanges with partners are covered by an agreement stating how data travels. Auditors check that what staff actually use matches the rules.',
    evidence: [
      'data transfer rules or policy section',
      'configuration of secure sharing tools',
      'data exchange agreements with partners',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.5.15',
    title: 'Access control',
    question:
      'Do you have clear rules on who gets access to which systems and data, based on what each person actually needs for their job?',
    help:
      'An access policy sets the principles — least privilege, need to know, approval before access — and role profiles describe the standard access for each job family. Access to sensitive systems is granted by role, not copied from a colleague. Auditors compare a sample of real accounts against the profiles.',
    evidence: [
      'access control policy',
      'role-based access profiles',
      'sample user permission listings',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.5.16',
    title: 'Identity management',
    question:
      'Does every person have their own login, with accounts created when they join and switched off promptly when they leave?',
    help:
      'Accounts are personal, created from an HR trigger, and tied to a central directory with single sign-on wherever possible. Shared or generic accounts are rare, listed and have a named owner. Leavers are disabled within a defined time, and auditors test this by comparing HR leaver dates with account disable dates.',
    evidence: [
      'joiner and leaver procedure',
      'HR leaver list compared with account disable dates',
      'register of shared and service accounts',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.5.17',
    title: 'Authentication information',
    question:
      'Are passwords and other secrets, such as API keys and tokens, handed out safely, stored in a password manager or vault, and changed when they may have leaked?',
    help:
      'A written rule covers the whole life of a secret: first passwords are one-time and sent apart from the user name, staff keep theirs in a password manager, system secrets live in a vault rather than in code or spreadsheets, and shared or default passwords are changed. A secret that may have been exposed is changed at once, and people are told not to reuse work passwords elsewhere. Auditors check the password settings and search code and shared drives for secrets.',
    evidence: [
      'Password and secrets rule',
      'Password manager rollout records',
      'Secrets vault configuration',
      'Record of secrets rotated after an exposure',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.5.18',
    title: 'Access rights',
    question:
      'Is access approved before it is given, and do managers regularly review who has access to what and remove what is no longer needed?',
    help:
      'Access requests go through a ticket with a named approver, changes of role trigger a rework of rights, and leavers lose everything. At least quarterly for admin and sensitive systems, and yearly for the rest, owners review account lists and the removals are actually carried out. This is one of the areas auditors sample most heavily.',
    evidence: [
      'access request tickets with approvals',
      'completed access review sign-offs',
      'evidence of rights removed after reviews',
      'mover records showing adjusted access',
    ],
    effort: 'L',
    weight: 3,
  },
  {
    id: 'A.5.19',
    title: 'Information security in supplier relationships',
    question:
      'Do you check suppliers\' security before you give them access to your data or systems?',
    help:
      'Suppliers are tiered by how much data or access they get, and higher tiers go through a security review — a questionnaire, a certificate such as ISO 27001 or a SOC 2 report — before the contract is signed. The results, and any accepted risks, are recorded. Auditors pick a few critical suppliers and ask to see the review.',
    evidence: [
      'supplier register with risk tiers',
      'supplier security questionnaire results',
      'supplier certificates or assurance reports',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.5.20',
    title: 'Addressing information security within supplier agreements',
    question:
      'Do your contracts with suppliers spell out their security duties, such as confidentiality, breach notification and what happens to your data at the end?',
    help:
      'Contracts, or a standard security schedule attached to them, cover confidentiality, data protection terms, incident notice periods, audit rights, sub-contracting limits and data return or deletion on exit. Procurement or legal uses a checklist so key clauses are not missed. Older contracts are brought up to standard at renewal.',
    evidence: [
      'standard security contract schedule',
      'signed NDAs and data processing agreements',
      'contract review checklist',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.5.21',
    title: 'Managing information security in the ICT supply chain',
    question:
      'Do you consider the security of the software, hardware and cloud providers your own suppliers depend on, not just the suppliers themselves?',
    help:
      'For critical technology suppliers the company knows which key sub-processors or components they rely on and asks how those are vetted. Contracts require notice of new sub-processors, and software bought or built in-house is checked for vulnerable components. Auditors expect this to be proportionate, focused on the few providers that really matter.',
    evidence: [
      'sub-processor lists for critical suppliers',
      'contract clauses on sub-contracting',
      'software component or dependency scanning reports',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.5.22',
    title: 'Monitoring, review and change management of supplier services',
    question:
      'Once a supplier is in place, do you keep checking that they still meet your security expectations and review changes to their service?',
    help:
      'Critical suppliers are re-assessed on a cycle, typically yearly, using refreshed certificates, reports or questionnaires. Service reviews cover incidents and service levels, and significant supplier changes trigger a fresh risk look. The supplier register shows the date and outcome of the last review.',
    evidence: [
      'supplier review schedule and results',
      'minutes of service review meetings',
      'renewed supplier certificates or reports',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.5.23',
    title: 'Information security for use of cloud services',
    question:
      'Do you have rules for choosing, setting up and eventually leaving cloud services such as Microsoft 365, AWS or SaaS tools, including who secures what?',
    help:
      'A cloud policy or standard covers how new services are approved, the shared responsibility split with each major provider, baseline security settings, and an exit plan for getting data back. Unapproved "shadow" SaaS is spotted and dealt with. Auditors ask how a recent cloud tool was approved and configured.',
    evidence: [
      'cloud services policy or standard',
      'register of approved cloud services',
      'shared responsibility notes for main providers',
      'cloud configuration baseline or posture report',
    ],
    effort: 'M',
    weight: 2,
    newIn2022: true,
  },
  {
    id: 'A.5.24',
    title: 'Information security incident management planning and preparation',
    question:
      'If you were hacked or lost data tomorrow, is there a written plan saying who does what, and has the team practised it?',
    help:
      'An incident response plan names the team, how to escalate, severity levels, and communication and notification steps. Contact details for key people and outside help (forensics, insurer, lawyers) are included. The plan is exercised at least once a year, for example with a tabletop scenario, and updated from what was learned.',
    evidence: [
      'incident response plan',
      'incident team roster and contact list',
      'tabletop exercise report',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.5.25',
    title: 'Assessment and decision on information security events',
    question:
      'When something odd is reported, like a suspicious email or alert, does someone quickly decide whether it is a real incident and how serious it is?',
    help:
      'There is a simple triage step with clear criteria that separates harmless events from real incidents and assigns a severity. The decision and the reasoning are logged in the ticketing tool. Auditors look at a few closed tickets to see that triage happened and was timely.',
    evidence: [
      'triage criteria and severity scale',
      'event and incident log with classifications',
      'sample triaged tickets',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.5.26',
    title: 'Response to information security incidents',
    question:
      'When a real security incident happens, do you follow set steps to contain it, fix it, and inform the people who need to know?',
    help:
      'Real incidents are handled per the plan: contain, remove the cause, recover, and notify customers or regulators where required. Actions and times are recorded as they happen, and someone owns the incident until closure. Auditors review the records of recent incidents to confirm the plan was followed in practice.',
    evidence: [
      'incident records with timelines',
      'containment and recovery actions taken',
      'customer or regulator notifications sent',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.5.27',
    title: 'Learning from information security incidents',
    question:
      'After an incident, do you look back at what went wrong and make changes so it does not happen again?',
    help:
      'Significant incidents get a blameless post-incident review that identifies root causes and assigns follow-up actions with owners and dates. Trends across smaller incidents are reviewed periodically too. Auditors check that the actions were tracked to completion and fed into the risk assessment.',
    evidence: [
      'post-incident review reports',
      'tracked improvement actions',
      'incident trend summary for management',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.5.28',
    title: 'Collection of evidence',
    question:
      'If an incident could lead to legal action or an insurance claim, do you know how to preserve logs and data so they hold up as proof?',
    help:
      'A short procedure explains how to capture and preserve logs, disk images or emails without altering them, and how to keep a record of who handled them. The team knows when to call in a specialist forensic firm, often arranged via cyber insurance. Log retention is long enough that evidence still exists when needed.',
    evidence: [
      'evidence handling procedure',
      'chain of custody template',
      'forensic retainer or insurer panel details',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.5.29',
    title: 'Information security during disruption',
    question:
      'If a crisis hits, such as an outage, fire or pandemic, do your security protections stay in place while you work around the problem?',
    help:
      'Continuity plans state which security measures must keep working during a disruption and how, for example access control on backup sites or secure remote working when offices close. Emergency workarounds are approved and reversed afterwards. Continuity exercises include checking that security was not quietly dropped.',
    evidence: [
      'business continuity plan with security section',
      'continuity exercise report',
      'log of emergency changes and their reversal',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.5.30',
    title: 'ICT readiness for business continuity',
    question:
      'Do you know how quickly your key IT systems must be back after an outage, and have you tested that you can actually restore them in time?',
    help:
      'A business impact analysis sets recovery time and data loss targets for each critical system. Backups, failover and disaster recovery runbooks are designed to hit those targets, and restore tests are run at least annually with results compared to the targets. Gaps found in tests are fixed and re-tested.',
    evidence: [
      'business impact analysis with recovery targets',
      'disaster recovery plan and runbooks',
      'restore or failover test reports',
    ],
    effort: 'L',
    weight: 2,
    newIn2022: true,
  },
  {
    id: 'A.5.31',
    title: 'Legal, statutory, regulatory and contractual requirements',
    question:
      'Have you listed the laws, regulations and customer contract terms that affect your security, and do you track how you meet them?',
    help:
      'A legal and contractual register lists obligations such as GDPR, sector rules like NIS2 or DORA where relevant, and security commitments made in customer contracts. Each has an owner and a note on how it is met. Legal or compliance reviews the register when laws or major contracts change.',
    evidence: [
      'legal and regulatory requirements register',
      'customer security commitments summary',
      'record of the last register review',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.5.32',
    title: 'Intellectual property rights',
    question:
      'Do you make sure all software you use is properly licensed and that staff respect copyrights and open-source licence terms?',
    help:
      'Software is installed only from approved sources, licence counts are tracked against installations and users, and open-source licences in your own products are checked for obligations. Staff are told not to copy protected material. Auditors may compare a licence report with the asset inventory.',
    evidence: [
      'software licence register',
      'open-source licence scan results',
      'approved software list',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.5.33',
    title: 'Protection of records',
    question:
      'Do you know how long you must keep important records, such as finance, HR and logs, and are they protected from loss or tampering until then?',
    help:
      'A retention schedule lists record types, the legal or business reason for keeping them, the period, and how they are disposed of. Records sit in systems with backups and restricted edit rights, and deletion at end of life is actually performed. Auditors test a record type or two against the schedule.',
    evidence: [
      'records retention schedule',
      'storage and access settings for key records',
      'disposal or deletion logs',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.5.34',
    title: 'Privacy and protection of PII',
    question:
      'Do you know what personal data you hold about customers and staff, and do you handle it in line with privacy laws such as GDPR?',
    help:
      'A record of processing shows what personal data is held, why, where and for how long. Privacy notices, data processing agreements, a process for data subject requests and a named privacy lead or DPO are in place. Security measures for personal data are linked to the wider risk assessment.',
    evidence: [
      'record of processing activities',
      'privacy notices and data processing agreements',
      'data subject request log',
      'data protection impact assessments',
    ],
    effort: 'L',
    weight: 2,
  },
  {
    id: 'A.5.35',
    title: 'Independent review of information security',
    question:
      'Does someone independent, such as an internal auditor or outside firm, periodically check how well your security programme works?',
    help:
      'On a planned cycle, and after major changes, a party not responsible for the work being checked reviews the security programme — internal audit, a consultant, or a penetration tester for technical aspects. Findings go to management and into a tracked action list. Auditors want to see the report and proof that findings were closed.',
    evidence: [
      'independent review or audit reports',
      'penetration test reports',
      'finding remediation tracker',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.5.36',
    title: 'Compliance with policies, rules and standards for information security',
    question:
      'Do you regularly check that people and systems actually follow your own security rules, and fix it when they do not?',
    help:
      'Managers and system owners run periodic checks — configuration scans against baselines, spot checks on clean desks or access, policy attestation — and record the results. Deviations get a cause analysis and a corrective action. Auditors look for evidence that checks happen on a schedule, not only before the audit.',
    evidence: [
      'compliance check schedule and results',
      'configuration compliance reports',
      'corrective action records for deviations',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.5.37',
    title: 'Documented operating procedures',
    question:
      'Are routine IT tasks, like backups, user setup and patching, written down step by step so anyone on the team could do them?',
    help:
      'Runbooks exist for recurring and critical operations: onboarding users, backups and restores, patching, deployments, and handling alerts. They are kept in a shared wiki, have owners and are updated when processes change. Auditors ask an engineer to show the runbook for a task they just described.',
    evidence: [
      'runbooks or standard operating procedures',
      'wiki page history showing updates',
      'procedure owner list',
    ],
    effort: 'M',
    weight: 2,
  },
] satisfies readonly CatalogItemData[];
