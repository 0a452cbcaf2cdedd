/**
 * Annex A, theme A.8: technological controls (34).
 *
 * Facts — the control numbering, the official short titles and which controls are new in the 2022 edition —
 * are taken from ISO/IEC 27001:2022 Annex A. Every question, help text and evidence item below is our own
 * wording; nothing is copied from ISO/IEC 27001 or ISO/IEC 27002.
 */
import type { CatalogItemData } from './types';

export const annexA8 = [
  {
    id: 'A.8.1',
    title: 'User end point devices',
    question:
      'Are staff laptops and phones centrally managed, with disk encryption, screen lock and the ability to wipe them if lost?',
    help:
      'Every laptop and phone that touches company data is enrolled in a device management tool such as Intune, Jamf or Kandji, which enforces encryption, a screen lock and current OS versions. Personal devices are either kept out or limited to a managed work profile, and a lost device can be locked or wiped remotely within hours.',
    evidence: [
      'Device management console export showing compliance status',
      'Endpoint or acceptable-use policy covering personal devices',
      'Sample lost-device ticket with the remote wipe recorded',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.8.2',
    title: 'Privileged access rights',
    question:
      'Are admin accounts limited to a few named people, kept separate from everyday logins, and reviewed regularly?',
    help:
      'Admin rights to cloud consoles, production servers and key SaaS tools are granted through an approved request, given to as few people as possible and held on separate accounts or through just-in-time elevation. The list of administrators is reviewed at least quarterly, leavers lose access the same day, and admin sessions are logged.',
    evidence: [
      'Current list of privileged accounts with named owners',
      'Completed quarterly privileged access review',
      'Approval records for recently granted admin rights',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.8.3',
    title: 'Information access restriction',
    question:
      'Can each person reach only the systems and data their job needs, with access granted by role rather than to everyone by default?',
    help:
      'Access to applications, file shares and databases follows defined roles, so a new starter in sales gets the sales set and nothing more. Shared drives and SaaS workspaces are not open to the whole company by default, and owners confirm at regular reviews that who has access still makes sense.',
    evidence: [
      'Role-to-access matrix for key systems',
      'Recent user access review with removals actioned',
      'Sharing settings of the main document platform',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.8.4',
    title: 'Access to source code',
    question:
      'Is your source code kept in a repository where only the right developers can read or change it, and nobody can push to the main branch unchecked?',
    help:
      'Code lives in a hosted repository such as GitHub or GitLab with single sign-on, and repositories are private with write access limited to the teams who work on them. The main branch is protected so changes need a reviewed pull request, and contractors lose repository access as soon as their engagement ends.',
    evidence: [
      'Repository permission settings and team membership',
      'Branch protection rules on production repositories',
      'Offboarding record removing a departed developer',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.8.5',
    title: 'Secure authentication',
    question:
      'Do staff sign in with a second factor, such as an authenticator app or security key, for email, cloud tools and remote access?',
    help:
      'Single sign-on fronts the main business apps and multi-factor authentication is enforced for everyone, with phishing-resistant methods such as passkeys or hardware keys for administrators. Legacy protocols that bypass the second factor are switched off, failed login attempts are throttled, and the few exceptions are listed and approved.',
    evidence: [
      'Identity provider report showing MFA enforcement coverage',
      'Conditional access or sign-on policy configuration',
      'List of approved exceptions, such as service accounts',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.8.6',
    title: 'Capacity management',
    question:
      'Do you watch whether your systems are running out of storage, memory or processing power, and act before it causes an outage?',
    help:
      'Dashboards and alerts track disk, CPU, memory, database size and licence limits for the services customers depend on, with thresholds that warn well before saturation. Cloud workloads use autoscaling or budgets where sensible, and someone reviews growth trends a few times a year to plan ahead.',
    evidence: [
      'Monitoring dashboards with capacity thresholds',
      'Alert history for resource limits',
      'Capacity or cost review notes',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.8.7',
    title: 'Protection against malware',
    question:
      'Is anti-malware protection running on every computer and server, kept updated, with someone looking at what it detects?',
    help:
      'An endpoint protection or EDR product such as Defender for Endpoint, CrowdStrike or SentinelOne runs on all laptops and servers, reports centrally and cannot be turned off by users. Email attachments and links are scanned, detections raise an alert that someone triages, and staff are taught to spot suspicious files.',
    evidence: [
      'Endpoint protection console showing coverage and agent health',
      'Email security filtering configuration',
      'Sample detection alert with its triage outcome',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.8.8',
    title: 'Management of technical vulnerabilities',
    question:
      'Do you regularly scan for security weaknesses and patch them within set deadlines, with the most serious fixed fastest?',
    help:
      'Servers, containers, cloud accounts, laptops and code dependencies are scanned automatically, and findings are tracked to closure against deadlines by severity, for example critical within 14 days. An external penetration test runs at least yearly, and anything that cannot be patched on time has a recorded risk decision with a compensating measure.',
    evidence: [
      'Recent vulnerability scan reports with trend over time',
      'Patching SLA and evidence of meeting it',
      'Latest penetration test report and remediation tracker',
    ],
    effort: 'L',
    weight: 3,
  },
  {
    id: 'A.8.9',
    title: 'Configuration management',
    question:
      'Do you have standard secure settings for your servers, cloud accounts and laptops, and a way to notice when something drifts from them?',
    help:
      'Hardened baselines, often based on CIS benchmarks, are written down for the main platforms and applied through infrastructure-as-code, images or device policies instead of by hand. A cloud posture tool or configuration scan flags drift such as a public storage bucket, and changes to the baselines go through review.',
    evidence: [
      'Documented baseline configurations for key platforms',
      'Infrastructure-as-code repository or golden images',
      'Cloud security posture or drift report',
    ],
    effort: 'M',
    weight: 2,
    newIn2022: true,
  },
  {
    id: 'A.8.10',
    title: 'Information deletion',
    question:
      'When data is no longer needed, or a customer asks you to remove it, do you actually delete it everywhere, including copies?',
    help:
      'Retention periods are set per type of data and enforced, ideally by automatic deletion jobs or lifecycle rules in the storage and SaaS tools. Customer offboarding and deletion requests follow a checklist that covers backups and third-party processors, and old disks or devices are wiped or destroyed with a certificate.',
    evidence: [
      'Data retention schedule',
      'Completed customer data deletion request',
      'Certificates of media wiping or destruction',
    ],
    effort: 'M',
    weight: 2,
    newIn2022: true,
  },
  {
    id: 'A.8.11',
    title: 'Data masking',
    question:
      'Where people do not need to see full personal or sensitive details, are they hidden, for example showing only the last four digits of a card?',
    help:
      'Screens, exports and support tools show partial or tokenised values when full detail is not needed, and analytics teams work from pseudonymised data. Copies of production data used for testing are scrubbed first, and the rules on which fields are masked for whom are written down.',
    evidence: [
      'Data masking or pseudonymisation rules by field',
      'Screenshots of masked views in support tools',
      'Description of the scrubbing step for non-production data',
    ],
    effort: 'M',
    weight: 1,
    newIn2022: true,
  },
  {
    id: 'A.8.12',
    title: 'Data leakage prevention',
    question:
      'Do you have technical checks that stop sensitive data leaving by mistake, such as blocks on sending customer lists to personal email or public links?',
    help:
      'The company knows where its sensitive data sits and has rules in its email, cloud storage and endpoint tools that block or warn on risky transfers such as public sharing links, uploads to personal storage or USB copies. Alerts are reviewed, and the rules are tuned so they catch real leaks without drowning people in noise.',
    evidence: [
      'Data loss prevention policy configuration',
      'Sample of alerts with their handling',
      'External sharing and removable media settings',
    ],
    effort: 'M',
    weight: 2,
    newIn2022: true,
  },
  {
    id: 'A.8.13',
    title: 'Information backup',
    question:
      'Do you keep backups of important systems and data, stored separately, and test them by actually restoring them?',
    help:
      'Backup scope and frequency are set to match how much data the business can afford to lose, and copies are kept in a separate account or location, ideally immutable so ransomware cannot delete them. SaaS data such as Microsoft 365 or Google Workspace is included, and restore tests are run and recorded at least a few times a year.',
    evidence: [
      'Backup policy with scope, frequency and retention',
      'Backup job success reports',
      'Records of recent restore tests and their results',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.8.14',
    title: 'Redundancy of information processing facilities',
    question:
      'If one server, data centre or cloud zone fails, do your key services keep running on a spare without a long outage?',
    help:
      'Services customers rely on run across more than one availability zone or site, with load balancers, replicated databases and no single box whose loss takes everything down. Failover is tested rather than assumed, and recovery targets are agreed with the business.',
    evidence: [
      'Architecture diagram showing redundant components',
      'Failover test record',
      'Agreed recovery time and recovery point targets',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.8.15',
    title: 'Logging',
    question:
      'Do your systems record who did what and when, such as logins and admin changes, with those records kept safe from tampering?',
    help:
      'Sign-ins, admin actions, access to sensitive data and security events from cloud platforms, identity provider and key applications are logged and shipped to a central store or SIEM. Logs are kept for a defined period, often at least a year, and administrators cannot quietly edit or delete them.',
    evidence: [
      'Logging standard listing sources and retention',
      'Central log platform showing the connected sources',
      'Access and immutability settings of the log store',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.8.16',
    title: 'Monitoring activities',
    question:
      'Does someone actively watch for unusual activity on your networks and systems, with alerts that reach a person who responds?',
    help:
      'Alert rules cover suspicious events such as impossible-travel sign-ins, mass downloads or new admin accounts, and they reach an on-call person or a managed detection service around the clock for critical systems. Alerts are triaged and closed with notes, and the rules are tuned as the environment changes.',
    evidence: [
      'List of active detection and alert rules',
      'Alert triage records or tickets',
      'Managed detection contract or on-call rota',
    ],
    effort: 'M',
    weight: 2,
    newIn2022: true,
  },
  {
    id: 'A.8.17',
    title: 'Clock synchronization',
    question:
      'Are the clocks on all your systems set automatically from one reliable time source, so event times line up when investigating?',
    help:
      'Servers, network gear and endpoints take their time from the same trusted source, such as the cloud provider\'s time service or an internal NTP server, and log timestamps carry a time zone, preferably UTC. That way an investigator can put events from different systems in one accurate timeline.',
    evidence: [
      'Time source configuration for servers and devices',
      'Sample logs showing consistent timestamps',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.8.18',
    title: 'Use of privileged utility programs',
    question:
      'Are powerful system tools that can bypass normal security, such as admin shells or database consoles, limited to the few people who need them?',
    help:
      'Tools that can override controls, for example registry editors, PowerShell, direct database consoles or debugging utilities, are blocked or restricted for ordinary users through device policy or application allow-listing. Engineers who need them get them through approved roles, and their use on production is logged.',
    evidence: [
      'Application control or allow-listing policy',
      'Roles permitted to run admin utilities',
      'Log extract of utility use on production',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.8.19',
    title: 'Installation of software on operational systems',
    question:
      'Is installing software on live servers and company laptops controlled, so people cannot add whatever programs they like?',
    help:
      'Production servers are changed only through the deployment pipeline or approved change, never by someone installing packages by hand. On laptops, users lack local admin rights and get software from an approved catalogue such as a self-service portal, and unapproved installs are spotted by the device management tool.',
    evidence: [
      'Approved software list or self-service catalogue',
      'Device settings showing no local admin for users',
      'Software inventory report from device management',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.8.20',
    title: 'Networks security',
    question:
      'Are your office and cloud networks protected with firewalls, secured Wi-Fi and restricted remote access, with the setup documented?',
    help:
      'Network diagrams are current, firewalls and cloud security groups deny by default and allow only the traffic needed, and management interfaces are not reachable from the internet. Remote access uses a VPN or zero-trust gateway with MFA, and firewall rules are reviewed periodically to remove stale openings.',
    evidence: [
      'Current network diagram, including cloud networks',
      'Firewall or security group rule review',
      'Remote access configuration with MFA',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.8.21',
    title: 'Security of network services',
    question:
      'For network services you buy, such as internet links, DNS, CDN or VPN, do you know what security they provide and check it is delivered?',
    help:
      'Security features and service levels for network providers, for example DDoS protection, encryption and availability, are written into contracts or chosen configuration. The company checks them from time to time, for instance through provider reports or dashboards, and knows whom to call in an incident.',
    evidence: [
      'Contracts or service descriptions for network providers',
      'Provider security or availability reports',
      'DNS and CDN security configuration',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.8.22',
    title: 'Segregation of networks',
    question:
      'Are different parts of your network kept apart, for example guest Wi-Fi separated from office systems and production from everything else?',
    help:
      'Guest Wi-Fi, staff devices, production and development environments sit in separate networks, VLANs or cloud accounts, with firewall rules controlling what can talk to what. A compromise of one laptop or test server should not give a path into production or customer data.',
    evidence: [
      'Network diagram showing segments and zones',
      'Rules governing traffic between segments',
      'Cloud account or VPC structure',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.8.23',
    title: 'Web filtering',
    question:
      'Do you block staff from reaching known malicious or inappropriate websites, including when they work from home?',
    help:
      'A DNS filtering service or secure web gateway, for example one delivered through the endpoint agent, blocks malware, phishing and other unwanted categories on company devices wherever they connect. Blocked categories are agreed and written down, and users have a way to ask for a wrongly blocked site to be reviewed.',
    evidence: [
      'Web or DNS filtering policy and blocked categories',
      'Filtering console showing device coverage',
      'Sample block log or unblock request',
    ],
    effort: 'S',
    weight: 1,
    newIn2022: true,
  },
  {
    id: 'A.8.24',
    title: 'Use of cryptography',
    question:
      'Is data encrypted when stored and when sent over networks, with clear rules on how encryption keys are created, stored and rotated?',
    help:
      'A short cryptography standard names the approved algorithms and minimum TLS version, and databases, disks, backups and storage buckets are encrypted at rest. Keys live in a managed service such as AWS KMS, Azure Key Vault or an HSM, access to them is restricted, and certificates are tracked so they do not expire unnoticed.',
    evidence: [
      'Cryptography or key management standard',
      'Encryption-at-rest settings for key data stores',
      'TLS configuration scan and certificate inventory',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.8.25',
    title: 'Secure development life cycle',
    question:
      'Is security built into how you build software, from design through release, rather than checked only at the end?',
    help:
      'The development process documents where security happens: threat modelling for significant features, security requirements in tickets, peer review, automated scanning in the pipeline and a security sign-off before major releases. Developers know the process, and it is followed for in-house and contracted work alike.',
    evidence: [
      'Documented secure development process',
      'CI/CD pipeline showing security stages',
      'Threat model or security review for a recent feature',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.8.26',
    title: 'Application security requirements',
    question:
      'When you build or buy an application, do you decide and write down up front what security it must have, such as login, access and encryption?',
    help:
      'New systems and major features carry explicit security requirements, for example SSO support, role-based access, audit logging, data residency or encryption, drawn from the data they will handle. For purchased SaaS, these feed a vendor checklist, and for in-house builds they appear as acceptance criteria that get tested.',
    evidence: [
      'Security requirements template or checklist',
      'Requirements recorded for a recent project or purchase',
      'Acceptance tests tied to those requirements',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.8.27',
    title: 'Secure system architecture and engineering principles',
    question:
      'Do you have written design principles, such as least privilege and layered defences, that engineers apply when designing systems?',
    help:
      'A short set of engineering principles, for example deny by default, least privilege, defence in depth, secure defaults and no secrets in code, is agreed and referenced in design reviews. Architecture decisions for significant systems are recorded, and the principles are revisited as the technology stack changes.',
    evidence: [
      'Documented security architecture principles',
      'Architecture decision records or design review notes',
      'Reference architecture for the main platform',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.8.28',
    title: 'Secure coding',
    question:
      'Are developers trained in writing secure code, and is code automatically checked for common flaws and risky libraries before it ships?',
    help:
      'Developers follow a coding standard that covers common weaknesses such as those in the OWASP Top 10, and they get regular practical training. Static analysis, dependency and secret scanning run on every pull request, findings block the merge above an agreed severity, and third-party libraries come from trusted sources and are kept updated.',
    evidence: [
      'Secure coding standard',
      'Static, dependency and secret scanning results in the pipeline',
      'Developer secure coding training records',
    ],
    effort: 'M',
    weight: 2,
    newIn2022: true,
  },
  {
    id: 'A.8.29',
    title: 'Security testing in development and acceptance',
    question:
      'Before new software or major changes go live, is their security tested and the results checked by someone before release?',
    help:
      'Security tests are planned alongside functional ones: automated scans in the pipeline, dynamic testing against staging and a penetration test before large releases or new products. Results are reviewed, serious issues are fixed before go-live, and any accepted risk is signed off by a named person.',
    evidence: [
      'Security test plan or release checklist',
      'Dynamic scan or penetration test results for a release',
      'Release approval showing security findings resolved',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.8.30',
    title: 'Outsourced development',
    question:
      'If outside firms or freelancers write software for you, do you set security rules for them and check their work meets them?',
    help:
      'Contracts with development agencies and contractors set out security expectations, code ownership, confidentiality and the right to review or test their work. Their code passes through the same review and scanning as in-house code, and their access to repositories and environments is limited and removed at the end.',
    evidence: [
      'Development contract with security clauses',
      'Code review or scan records for outsourced work',
      'Access list for external developers',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.8.31',
    title: 'Separation of development, test and production environments',
    question:
      'Are your development and test systems kept separate from the live system, so testing cannot harm real customers or their data?',
    help:
      'Development, staging and production run in separate cloud accounts, subscriptions or projects with their own credentials, and developers do not hold standing write access to production. Promotion between environments happens through the pipeline, and production data does not flow into lower environments without approval and scrubbing.',
    evidence: [
      'Environment layout showing separate accounts or projects',
      'Access rights per environment',
      'Deployment pipeline promotion steps',
    ],
    effort: 'M',
    weight: 2,
  },
  {
    id: 'A.8.32',
    title: 'Change management',
    question:
      'Are changes to live systems reviewed, approved and tested before they go in, with a record of who changed what and a way to roll back?',
    help:
      'Every production change, whether code, infrastructure or configuration, goes through a ticket or pull request with peer review, passing tests and a rollback plan. Emergency changes are allowed but reviewed afterwards, and an auditor can pick any deployment and trace it back to its approval.',
    evidence: [
      'Change management procedure',
      'Sample of changes traced from request to deployment',
      'Emergency change log with after-the-fact reviews',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.8.33',
    title: 'Test information',
    question:
      'Do you avoid using real customer data for testing, or, where you must, protect and remove it just as carefully as in the live system?',
    help:
      'Testing relies on synthetic or anonymised data by default. Where a copy of production data is genuinely needed, its use is approved, it gets the same access controls as live data and it is deleted once testing is done, with a record kept of what was copied and when.',
    evidence: [
      'Rule on use of production data in testing',
      'Approval record for a production data copy',
      'Description of synthetic or anonymised test data sets',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.8.34',
    title: 'Protection of information systems during audit testing',
    question:
      'When auditors or penetration testers examine your live systems, is their access agreed, limited and supervised so the testing cannot disrupt the business?',
    help:
      'Audit and penetration test work is scoped in writing beforehand, with agreed targets, timing and read-only access wherever possible. Test accounts are created for the engagement and removed afterwards, and intrusive tests run outside peak hours with someone on hand to stop them if needed.',
    evidence: [
      'Rules of engagement or test scope agreement',
      'Creation and removal records for tester accounts',
      'Audit or test schedule approved by system owners',
    ],
    effort: 'S',
    weight: 1,
  },
] satisfies readonly CatalogItemData[];
