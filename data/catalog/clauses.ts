/**
 * Clause requirements 4–10 of ISO/IEC 27001:2022, one entry per requirement leaf.
 * Facts: the standard's clause numbering and official short titles (titles of the "General" leaves are
 * qualified with their parent so they stay unambiguous). The questions, help texts, evidence lists,
 * effort sizes and weights are our own wording and judgement, not text from the standard.
 * 4.1 and 4.2 follow Amendment 1 (2024) to ISO/IEC 27001:2022: the organization decides whether climate change
 * is a relevant issue, and interested parties can have climate-related requirements. Certification bodies audit it.
 */
import type { CatalogItemData } from './types';

export const clauseRequirements = [
  {
    id: '4.1',
    title: 'Understanding the organization and its context',
    question:
      'Have you listed the business, legal and technical factors inside and outside the company that shape your security risks, and decided whether climate change is one?',
    help:
      'A short context note names the issues that matter: the market you sell into, regulation, key suppliers, growth plans, remote work, legacy systems. Since Amendment 1 (2024) to ISO 27001, the note also says whether climate change is a relevant issue for you and why, for example heat or flood risk to an office or data centre, strain on energy supply, or customers who weigh your footprint. Each issue links forward to the risk register or the scope, and someone revisits the note at least yearly.',
    evidence: [
      'Context analysis (e.g. SWOT or PESTLE)',
      'Recorded decision on whether climate change is a relevant issue',
      'Link from issues to risks or scope',
      'Date of last review',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: '4.2',
    title: 'Understanding the needs and expectations of interested parties',
    question:
      'Do you know which customers, regulators, partners and staff care about your security, and what each expects of you, climate-related requirements included?',
    help:
      'There is a register of stakeholders with their concrete expectations, for example contract clauses, GDPR duties or an insurer’s conditions. Since Amendment 1 (2024) to ISO 27001, it also notes where a party has requirements related to climate change, such as a customer’s sustainability clause or a regulator’s reporting duty. The register says which of those expectations the security programme will meet and how, so they feed into scope, risks and controls.',
    evidence: [
      'Interested parties register',
      'Climate-related requirements of interested parties, where any',
      'Legal and contractual requirements list',
      'Mapping of requirements to controls',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: '4.3',
    title: 'Determining the scope of the information security management system',
    question:
      'Have you written down which teams, sites and systems your security programme covers, and what it deliberately leaves out?',
    help:
      'A signed scope statement names the products, services, locations, teams and platforms inside the boundary and explains any exclusions. It also shows where the boundary touches outsiders, such as cloud providers or a parent company, and it matches what will be printed on the certificate.',
    evidence: ['Approved scope statement', 'Boundary and interface description', 'Justification for exclusions'],
    effort: 'S',
    weight: 3,
  },
  {
    id: '4.4',
    title: 'Information security management system',
    question:
      'Is security run as an ongoing managed programme, with defined processes that are kept up and improved, rather than one-off projects?',
    help:
      'The auditor can see a working cycle: risks are assessed, controls are chosen and run, performance is checked and findings drive changes. A manual or process map of the information security management system (ISMS) shows how the pieces connect and who owns each one.',
    evidence: ['ISMS manual or process map', 'Named process owners', 'Records showing the cycle has run at least once'],
    effort: 'M',
    weight: 2,
  },
  {
    id: '5.1',
    title: 'Leadership and commitment',
    question:
      'Do your executives actively sponsor security, by approving budgets, attending reviews and backing the programme in front of staff?',
    help:
      'Senior managers can explain why the security programme exists and what it is meant to achieve, and they show up in the records: approved budgets, signed policies, decisions in meeting minutes. Security goals sit alongside business goals rather than being left to IT alone.',
    evidence: ['Board or leadership minutes covering security', 'Approved security budget', 'Interview with a senior executive'],
    effort: 'S',
    weight: 3,
  },
  {
    id: '5.2',
    title: 'Policy',
    question:
      'Do you have a top-level security policy, approved by management and shared with all staff, that states your commitments?',
    help:
      'A concise policy signed by top management sets direction, commits to meeting applicable requirements and to keep improving, and gives a frame for objectives. It is published where every employee can find it, relevant outsiders can get it, and it carries a review date that has been respected.',
    evidence: ['Signed information security policy', 'Proof of publication to staff', 'Version history with review dates'],
    effort: 'S',
    weight: 3,
  },
  {
    id: '5.3',
    title: 'Organizational roles, responsibilities and authorities',
    question:
      'Is it clear who owns security overall, who reports on it to management, and who is responsible for each security task?',
    help:
      'A named person is accountable for the security programme and reports its performance to leadership. Roles such as risk owners, asset owners and control owners are written into job descriptions or a RACI (a chart of who is responsible, accountable, consulted and informed), and the people holding them know they do.',
    evidence: ['Role descriptions or RACI chart', 'Appointment letter for the ISMS lead', 'Organisation chart'],
    effort: 'S',
    weight: 2,
  },
  {
    id: '6.1.1',
    title: 'Actions to address risks and opportunities — general',
    question:
      'When planning your security programme, do you consider what could stop it from working and what could make it work better?',
    help:
      'Planning starts from the context and stakeholder analysis and asks what could prevent the security programme from achieving its aims, and which openings could help. The resulting actions are assigned, folded into the plan and later checked for effect.',
    evidence: ['ISMS-level risks and opportunities list', 'Action plan with owners', 'Evidence that actions were evaluated'],
    effort: 'S',
    weight: 2,
  },
  {
    id: '6.1.2',
    title: 'Information security risk assessment',
    question:
      'Do you have a written method for finding and scoring security risks, with clear rules for likelihood, impact and what level is acceptable?',
    help:
      'A documented methodology defines scales for likelihood and impact, a risk acceptance threshold and how often the assessment repeats. Every risk has an owner, and running the method twice on the same facts would give the same scores.',
    evidence: ['Risk assessment methodology', 'Risk acceptance criteria', 'Risk register with owners and scores'],
    effort: 'L',
    weight: 3,
  },
  {
    id: '6.1.3',
    title: 'Information security risk treatment',
    question:
      'For each significant risk, have you decided how to handle it, and recorded which of the 93 security controls listed in ISO 27001 (its Annex A) you use and why?',
    help:
      'Each risk above the threshold has a treatment decision and chosen controls, cross-checked against all 93 security controls listed in ISO 27001’s Annex A. The Statement of Applicability (the list of those controls saying, for each, whether it applies and why) justifies every inclusion and exclusion and shows implementation status, and risk owners have signed off the plan and the leftover risk.',
    evidence: ['Statement of Applicability', 'Risk treatment plan', 'Risk owner sign-off of residual risk'],
    effort: 'L',
    weight: 3,
  },
  {
    id: '6.2',
    title: 'Information security objectives and planning to achieve them',
    question:
      'Have you set measurable security goals for the year, with an owner, a deadline and the resources needed to reach them?',
    help:
      'A handful of objectives tied to the policy and the risk picture, such as patching targets or training completion rates, each with a metric, owner, due date and plan. Progress is tracked and reported, and the goals are updated when circumstances change.',
    evidence: ['Objectives register with metrics', 'Action plans for each objective', 'Progress reports'],
    effort: 'S',
    weight: 2,
  },
  {
    id: '6.3',
    title: 'Planning of changes',
    question:
      'When you change your security programme itself, such as its scope, structure or team, do you plan the change before making it?',
    help:
      'Changes to the management system, like adding a site, reorganising the security team or replacing a core tool, go through a light planning step. It records the purpose, the likely consequences, who does what and when, so the programme keeps working throughout.',
    evidence: ['Change plan for ISMS-level changes', 'Meeting notes approving the change', 'Updated ISMS documents after the change'],
    effort: 'S',
    weight: 1,
  },
  {
    id: '7.1',
    title: 'Resources',
    question:
      'Does the security programme have enough people, time, budget and tooling to actually run, and is that decided explicitly?',
    help:
      'Leadership has consciously allocated staff hours, budget and tools for running the security programme, and the allocation is visible in plans or budgets. Shortfalls raised in reviews lead to decisions rather than being ignored.',
    evidence: ['Security budget line', 'Staffing or time allocation plan', 'Resource decisions in review minutes'],
    effort: 'S',
    weight: 2,
  },
  {
    id: '7.2',
    title: 'Competence',
    question:
      'Can you show that the people doing security work have the right skills, and that you close skill gaps through training or hiring?',
    help:
      'Required skills are defined for each security-relevant role and compared with what the holders actually have. Gaps are closed through courses, mentoring or hiring, and certificates, CVs or training logs are kept as proof.',
    evidence: ['Competence matrix for key roles', 'Training records and certificates', 'CVs of security staff'],
    effort: 'M',
    weight: 2,
  },
  {
    id: '7.3',
    title: 'Awareness',
    question:
      'Do all employees know the security policy, what is expected of them, and what happens if they ignore the rules?',
    help:
      'Every new starter gets security onboarding, and all staff get regular refreshers that cover the policy, their role in protecting information and the consequences of breaking the rules. Completion is tracked, and a randomly chosen employee can say how to report an incident.',
    evidence: ['Awareness training material', 'Completion rates by team', 'Phishing simulation results'],
    effort: 'M',
    weight: 2,
  },
  {
    id: '7.4',
    title: 'Communication',
    question:
      'Have you agreed what security topics you tell staff, customers and suppliers about, who does it, how and how often?',
    help:
      'A communication plan sets out internal and external messages: what is said, when, to whom, by whom and through which channel. It covers routine updates as well as incident notices, and there are records showing the plan was followed.',
    evidence: ['Communication plan or matrix', 'Examples of sent communications', 'Customer or regulator notification procedure'],
    effort: 'S',
    weight: 1,
  },
  {
    id: '7.5.1',
    title: 'Documented information — general',
    question:
      'Do you keep the security documents ISO 27001 asks for, plus any others your team needs to run things reliably?',
    help:
      'All mandatory documents and records exist, and the organisation has also decided which extra procedures it needs given its size and complexity. A document register lists them so nothing essential lives only in someone’s head.',
    evidence: ['Document register', 'Mandatory documents checklist', 'Key operating procedures'],
    effort: 'M',
    weight: 2,
  },
  {
    id: '7.5.2',
    title: 'Creating and updating',
    question:
      'Do your security documents carry an owner, version, date and approval, so people know which one is current?',
    help:
      'Each document has an identifier, owner, version number and approval record, and uses a consistent template. Updates go through review and approval before publication, leaving a visible change history.',
    evidence: ['Document template with metadata', 'Approval records', 'Version history'],
    effort: 'S',
    weight: 1,
  },
  {
    id: '7.5.3',
    title: 'Control of documented information',
    question:
      'Are security documents stored where the right people can reach them, protected from unwanted edits, and retired when outdated?',
    help:
      'Documents live in a controlled location with access rights, backups and retention rules. Obsolete versions are archived or clearly marked, and records from outside parties, such as supplier certificates, are tracked too.',
    evidence: ['Document repository with access settings', 'Retention schedule', 'Archive of superseded versions'],
    effort: 'S',
    weight: 1,
  },
  {
    id: '8.1',
    title: 'Operational planning and control',
    question:
      'Are your security processes actually carried out day to day as planned, including work done for you by outside suppliers?',
    help:
      'The processes and controls chosen during planning are running, with criteria for what correct operation looks like and records that prove it. Outsourced services inside the scope are controlled through contracts and monitoring, and operational changes are managed.',
    evidence: ['Operating procedures', 'Control execution records', 'Supplier oversight records'],
    effort: 'M',
    weight: 2,
  },
  {
    id: '8.2',
    title: 'Information security risk assessment',
    question:
      'Do you rerun your risk assessment on a schedule and whenever something big changes, and keep the results?',
    help:
      'The assessment is repeated at the planned interval and also triggered by events like a new product, an acquisition or a serious incident. Each run is dated, retained and shows how scores moved since last time.',
    evidence: ['Dated risk assessment reports', 'Updated risk register', 'Triggers for ad hoc reassessment'],
    effort: 'M',
    weight: 3,
  },
  {
    id: '8.3',
    title: 'Information security risk treatment',
    question:
      'Are the fixes you planned for your risks actually being put in place, and can you show the progress?',
    help:
      'Treatment actions from the plan are visibly in progress or done, with dates and owners, and the register reflects the new residual risk. Overdue items are escalated rather than silently slipping.',
    evidence: ['Risk treatment plan status report', 'Closed treatment tickets', 'Updated residual risk scores'],
    effort: 'L',
    weight: 3,
  },
  {
    id: '9.1',
    title: 'Monitoring, measurement, analysis and evaluation',
    question:
      'Do you track a few security metrics regularly and review them to see whether your controls are working?',
    help:
      'The organisation has chosen what to measure, how, how often and who analyses the numbers, for example patch latency, incident counts or access review completion. Results are kept, trends are discussed and they feed management review.',
    evidence: ['Metrics definition sheet', 'Dashboard or KPI reports', 'Analysis notes or trend reviews'],
    effort: 'M',
    weight: 2,
  },
  {
    id: '9.2.1',
    title: 'Internal audit — general',
    question:
      'Do you regularly audit your own security programme against ISO 27001’s requirements and your own rules, using someone independent of the work?',
    help:
      'Internal audits happen at planned intervals and check both ISO 27001’s requirements and the organisation’s own policies. Auditors are competent and do not audit their own work, and findings are real and specific rather than a clean sheet every time.',
    evidence: ['Internal audit reports', 'Auditor qualifications', 'Findings log'],
    effort: 'M',
    weight: 3,
  },
  {
    id: '9.2.2',
    title: 'Internal audit programme',
    question:
      'Do you have a multi-year audit plan that covers the whole scope, with set methods, criteria and reporting to management?',
    help:
      'An audit programme spreads coverage of every clause and the applicable controls over the cycle, giving more attention to high-risk areas and past problems. Each audit has defined criteria and scope, and its results reach the managers concerned.',
    evidence: ['Audit programme or schedule', 'Audit plans and checklists', 'Reports distributed to management'],
    effort: 'S',
    weight: 3,
  },
  {
    id: '9.3.1',
    title: 'Management review — general',
    question:
      'Does top management formally review the security programme at set intervals to check it is still fit for purpose?',
    help:
      'Leadership holds a dedicated review, typically at least once a year, to judge whether the security programme is still suitable, adequate and effective. It is scheduled in advance, attended by decision makers and recorded as a management review.',
    evidence: ['Management review schedule', 'Attendance list', 'Meeting invitation and agenda'],
    effort: 'S',
    weight: 3,
  },
  {
    id: '9.3.2',
    title: 'Management review inputs',
    question:
      'Does that review look at audit results, incidents, metrics, risk changes, stakeholder feedback and open actions?',
    help:
      'The review pack covers every required topic: status of earlier actions, changes in context and stakeholder needs, performance trends, nonconformities (requirements not met), audit results, risk status and improvement ideas. Each topic has real data behind it rather than a heading with nothing underneath.',
    evidence: ['Management review input pack', 'Agenda mapped to required topics', 'Supporting reports'],
    effort: 'S',
    weight: 3,
  },
  {
    id: '9.3.3',
    title: 'Management review results',
    question:
      'Are the decisions from management reviews written down, with actions, owners and deadlines that are then followed up?',
    help:
      'Minutes record decisions on improvements and on any changes to the security programme, including resources. Each action has an owner and date, and the next review opens by checking them.',
    evidence: ['Signed management review minutes', 'Action log with owners', 'Follow-up status at next review'],
    effort: 'S',
    weight: 3,
  },
  {
    id: '10.1',
    title: 'Continual improvement',
    question:
      'Can you point to concrete ways your security programme has become better over the last year?',
    help:
      'There is a trail of improvements drawn from audits, incidents, metrics and staff suggestions, with before-and-after results. The auditor sees the security programme getting more effective over time, not just staying the same.',
    evidence: ['Improvement log', 'Year-on-year metric comparison', 'Examples of implemented improvements'],
    effort: 'S',
    weight: 2,
  },
  {
    id: '10.2',
    title: 'Nonconformity and corrective action',
    question:
      'When something goes wrong or an audit finds a problem, do you log it, find the root cause, fix it and check the fix worked?',
    help:
      'A corrective action register captures each nonconformity (a requirement that was not met) with its immediate fix, root cause analysis, corrective action and a later effectiveness check. Items are closed with evidence, and similar problems elsewhere are looked for.',
    evidence: ['Corrective action register', 'Root cause analyses', 'Effectiveness verification records'],
    effort: 'M',
    weight: 3,
  },
] satisfies readonly CatalogItemData[];
