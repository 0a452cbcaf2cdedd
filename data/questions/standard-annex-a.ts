/**
 * STANDARD depth, Annex A part: 28 topic questions that group the 93 Annex A controls of
 * ISO/IEC 27001:2022 by subject, every control in exactly one question. Used by the standard assessment
 * alongside the clause questions; a consultant can later refine any control with its own answer in the
 * full assessment. Questions are ordered by theme: organizational (A.5), people (A.6), physical (A.7),
 * technological (A.8).
 *
 * All question and help wording is our own; only the control ids refer to the standard.
 */
import type { QuestionData } from '../catalog/types';

export const standardAnnexA = [
  // ── A.5 Organizational ─────────────────────────────────────────────────────────────────────────
  {
    id: 'standard.policies-roles',
    text: 'Do you have approved security policies, clear security roles, conflicting duties kept apart, and managers who make sure rules are followed?',
    help: 'Good: policies approved by leadership, communicated to staff and reviewed on schedule, and a roles matrix people recognise. No single person can both request and approve sensitive actions, and managers check that their teams follow the rules.',
    covers: ['A.5.1', 'A.5.2', 'A.5.3', 'A.5.4'],
    section: 'A.5',
  },
  {
    id: 'standard.external-contacts',
    text: 'Do you know whom to contact at authorities and regulators, and do you take part in security communities or industry groups?',
    help: 'Good: a maintained contact list for police, regulators, the data protection authority and key providers, with rules on who contacts them and when. The team is active in forums or groups that keep it informed.',
    covers: ['A.5.5', 'A.5.6'],
    section: 'A.5',
  },
  {
    id: 'standard.threat-intel',
    text: 'Do you gather information about threats relevant to your business and use it to adjust your defences?',
    help: 'Good: chosen sources such as vendor advisories, national CERT alerts or a paid feed, reviewed regularly by a named person. You can show recent cases where a threat report led to a concrete change.',
    covers: ['A.5.7'],
    section: 'A.5',
  },
  {
    id: 'standard.security-in-projects',
    text: 'Are security risks and requirements considered in every project, from the start through to delivery?',
    help: 'Good: project templates or stage gates that include a security check, security risks captured in project plans, and records showing the check was done on recent projects.',
    covers: ['A.5.8'],
    section: 'A.5',
  },
  {
    id: 'standard.asset-management',
    text: 'Is there a current inventory of information and assets with owners, rules for acceptable use, and a way to get assets back when people leave?',
    help: 'Good: an inventory kept current by tools or regular checks, a named owner for each asset, and acceptable-use rules staff have acknowledged. Leaver records show equipment and data were returned.',
    covers: ['A.5.9', 'A.5.10', 'A.5.11'],
    section: 'A.5',
  },
  {
    id: 'standard.classification-transfer',
    text: 'Is information classified by sensitivity, labelled so people can tell, and protected by clear rules when it is shared or sent outside?',
    help: 'Good: a simple classification scheme with handling rules for each level, labels in documents and systems, and approved ways to transfer information such as encrypted email or secure file sharing. Regular exchanges with outside parties are covered by agreements.',
    covers: ['A.5.12', 'A.5.13', 'A.5.14'],
    section: 'A.5',
  },
  {
    id: 'standard.access-control',
    text: 'Is there an access policy, are identities managed from joining to leaving, are passwords and secrets handled safely, and are rights reviewed?',
    help: 'Good: an access policy based on need to know, unique accounts created and removed through tickets, and a rule for passwords and secrets backed by a password manager. Access rights are reviewed periodically and corrections are recorded.',
    covers: ['A.5.15', 'A.5.16', 'A.5.17', 'A.5.18'],
    section: 'A.5',
  },
  {
    id: 'standard.supplier-security',
    text: 'Do you assess suppliers’ security, put security terms in contracts, manage risks in your technology supply chain, and monitor suppliers over time?',
    help: 'Good: a supplier register ranked by risk, checks before onboarding, and contracts with security and breach-notification clauses. Supplier reports and changes are reviewed on a schedule and issues followed up.',
    covers: ['A.5.19', 'A.5.20', 'A.5.21', 'A.5.22'],
    section: 'A.5',
  },
  {
    id: 'standard.cloud-services',
    text: 'Do you have defined rules for choosing, using, managing and leaving cloud services?',
    help: 'Good: a cloud procedure covering due diligence, the split of responsibilities with the provider, configuration standards and exit plans. It is applied to the cloud services actually in use, with records to show it.',
    covers: ['A.5.23'],
    section: 'A.5',
  },
  {
    id: 'standard.incident-management',
    text: 'Is there a planned process for assessing, responding to and learning from security incidents, including keeping evidence?',
    help: 'Good: a documented procedure with roles and severity criteria, a log where events are triaged into incidents, and responses recorded with timelines. Post-incident reviews produce actions, and evidence is preserved according to set rules.',
    covers: ['A.5.24', 'A.5.25', 'A.5.26', 'A.5.27', 'A.5.28'],
    section: 'A.5',
  },
  {
    id: 'standard.business-continuity',
    text: 'Does security stay in place during a disruption, and are IT systems ready to recover within agreed times?',
    help: 'Good: continuity plans that keep security controls working during a crisis, and recovery time and data-loss targets based on a business impact analysis. Exercises are run and their results and fixes recorded.',
    covers: ['A.5.29', 'A.5.30'],
    section: 'A.5',
  },
  {
    id: 'standard.legal-privacy',
    text: 'Have you listed your legal, contractual and privacy obligations, and do you protect intellectual property, records and personal data accordingly?',
    help: 'Good: a register of applicable laws, regulations and contracts with owners, tracking of software licences, and retention rules for records. A privacy program handles personal data the way the law requires.',
    covers: ['A.5.31', 'A.5.32', 'A.5.33', 'A.5.34'],
    section: 'A.5',
  },
  {
    id: 'standard.procedures-compliance',
    text: 'Are operating procedures written down and followed, is compliance with policies checked, and is your security approach reviewed independently?',
    help: 'Good: documented procedures for key IT and security operations, available to those who need them, and regular compliance checks with results recorded. An independent review of the security program happens at planned intervals and after major change.',
    covers: ['A.5.35', 'A.5.36', 'A.5.37'],
    section: 'A.5',
  },

  // ── A.6 People ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'standard.employment-lifecycle',
    text: 'Are candidates screened, do contracts and NDAs spell out security duties, and are there rules for misconduct and for people who leave or move?',
    help: 'Good: background checks in proportion to the role, signed terms and confidentiality agreements on file, and a disciplinary process people know about. Leaver and mover steps are completed and recorded every time.',
    covers: ['A.6.1', 'A.6.2', 'A.6.4', 'A.6.5', 'A.6.6'],
    section: 'A.6',
  },
  {
    id: 'standard.awareness-reporting',
    text: 'Do all staff get regular security awareness training, and do they know how to report a suspicious event quickly?',
    help: 'Good: training at joining and at least yearly with completion records, topics such as phishing tested in practice, and a well-known reporting channel that staff actually use.',
    covers: ['A.6.3', 'A.6.8'],
    section: 'A.6',
  },
  {
    id: 'standard.remote-working',
    text: 'Are there clear security rules for working from home or on the move, and do people follow them?',
    help: 'Good: a remote-working rule covering devices, home and public networks, being overheard or overlooked, and handling of papers. Staff have acknowledged it and technical settings back it up.',
    covers: ['A.6.7'],
    section: 'A.6',
  },

  // ── A.7 Physical ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'standard.secure-areas',
    text: 'Are your premises protected by defined perimeters, controlled entry, secured offices, monitoring, and protection from fire, flood and similar threats?',
    help: 'Good: defined secure zones, badge or key access with visitor records, and alarms or cameras where the risk warrants them. Equipment rooms are protected against environmental threats and there are rules for working inside secure areas.',
    covers: ['A.7.1', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'],
    section: 'A.7',
  },
  {
    id: 'standard.equipment-media',
    text: 'Are desks and screens kept clear, equipment placed and protected sensibly, devices secured off site, and storage media handled safely?',
    help: 'Good: a clear desk and screen rule that is spot-checked, equipment sited away from hazards and prying eyes, and rules for taking equipment off the premises. Removable media is controlled, encrypted or blocked.',
    covers: ['A.7.7', 'A.7.8', 'A.7.9', 'A.7.10'],
    section: 'A.7',
  },
  {
    id: 'standard.utilities-maintenance-disposal',
    text: 'Are power and other utilities protected, cables secured, equipment maintained, and devices wiped or destroyed safely before reuse or disposal?',
    help: 'Good: backup power where needed, protected cabling, and maintenance done on schedule with records. Wipe logs or destruction certificates show data was removed before equipment was reused or thrown away.',
    covers: ['A.7.11', 'A.7.12', 'A.7.13', 'A.7.14'],
    section: 'A.7',
  },

  // ── A.8 Technological ──────────────────────────────────────────────────────────────────────────
  {
    id: 'standard.endpoints-malware',
    text: 'Are user devices managed and secured, is malware protection in place, and is software installation controlled?',
    help: 'Good: all laptops and phones enrolled in device management with encryption and screen lock enforced, and anti-malware running with its alerts handled. Software can only be installed from approved sources or by administrators.',
    covers: ['A.8.1', 'A.8.7', 'A.8.19'],
    section: 'A.8',
  },
  {
    id: 'standard.technical-access',
    text: 'Are admin rights limited and watched, access to data and source code restricted, logins strongly protected, and powerful tools locked down?',
    help: 'Good: a short, reviewed list of privileged accounts, access in applications limited by role, restricted code repositories, and MFA on important systems. System utilities that can bypass controls are available only to those who need them.',
    covers: ['A.8.2', 'A.8.3', 'A.8.4', 'A.8.5', 'A.8.18'],
    section: 'A.8',
  },
  {
    id: 'standard.capacity-vulnerability-config',
    text: 'Do you monitor capacity, fix technical weaknesses within set times, and keep systems configured to secure, controlled standards?',
    help: 'Good: capacity monitoring with alerts and forward planning, and vulnerability scans whose fixes are tracked against deadlines. Secure configurations are documented, changes to them are controlled, and drift is detected.',
    covers: ['A.8.6', 'A.8.8', 'A.8.9'],
    section: 'A.8',
  },
  {
    id: 'standard.data-protection',
    text: 'Do you delete data you no longer need, mask sensitive data where it fits, prevent data leaks, and use encryption with well-managed keys?',
    help: 'Good: deletion driven by retention rules with records, masking or pseudonymisation in testing and analytics, and leak prevention on email, cloud and devices. An encryption standard covers how keys are created, stored and rotated.',
    covers: ['A.8.10', 'A.8.11', 'A.8.12', 'A.8.24'],
    section: 'A.8',
  },
  {
    id: 'standard.backup-redundancy',
    text: 'Are backups taken, protected and restore-tested, and do critical systems have enough redundancy to stay available?',
    help: 'Good: a backup rule with schedules and retention, copies kept separate and protected, and restore tests recorded. Critical systems have redundancy that matches how available they need to be.',
    covers: ['A.8.13', 'A.8.14'],
    section: 'A.8',
  },
  {
    id: 'standard.logging-monitoring',
    text: 'Are logs produced, protected and analysed, are systems watched for unusual behaviour, and do all clocks agree?',
    help: 'Good: logging defined for key systems, logs centralised and tamper-resistant with a set retention period, and alerts triaged by a named team. All systems take their time from a common trusted source.',
    covers: ['A.8.15', 'A.8.16', 'A.8.17'],
    section: 'A.8',
  },
  {
    id: 'standard.network-security',
    text: 'Are networks secured and segmented, network services held to agreed security rules, and web access filtered to block harmful sites?',
    help: 'Good: a current network diagram, segmentation between environments and user groups, and firewall rules reviewed on schedule. Network services have stated security requirements and company devices use web filtering.',
    covers: ['A.8.20', 'A.8.21', 'A.8.22', 'A.8.23'],
    section: 'A.8',
  },
  {
    id: 'standard.secure-development',
    text: 'Is security built into how you design, code and test software, including work done by outside developers?',
    help: 'Good: a secure development lifecycle, security requirements captured for new features, agreed architecture principles, and coding standards enforced by review and automated scanning. Security tests run before release, and outsourced development is held to the same expectations.',
    covers: ['A.8.25', 'A.8.26', 'A.8.27', 'A.8.28', 'A.8.29', 'A.8.30'],
    section: 'A.8',
  },
  {
    id: 'standard.environments-change',
    text: 'Are development, test and production kept apart, are changes controlled, is test data protected, and are audit tests planned to avoid disruption?',
    help: 'Good: separate environments with restricted production access, change records showing approval and testing, and no unprotected live personal data in testing. Audits and penetration tests are agreed in advance and their access is controlled.',
    covers: ['A.8.31', 'A.8.32', 'A.8.33', 'A.8.34'],
    section: 'A.8',
  },
] satisfies readonly QuestionData[];
