/**
 * The order in which an ISMS is really built (DESIGN §8), as the remediation roadmap's backbone: the gap
 * analysis (whatever is not known yet) → scope →
 * policy and roles → risk method → risk assessment → risk treatment and SoA → controls → operation and records →
 * internal audit → management review → Stage 1 → Stage 2.
 *
 * Where the facts come from: the step order follows the clause logic of ISO/IEC 27001:2022 (a scope before
 * risks, risks before the SoA, controls chosen by the SoA, records before the internal audit, audit results as
 * management review input) and common implementation practice; which item sits in which step, each step's
 * phase in the estimate's calendar (data/cost-model.ts) and the plain task titles are our own judgement.
 *
 * Every catalog item sits in exactly one step (a test checks this): most Annex A controls are implemented in
 * `controls`, but a few belong where the ISMS needs them first (the policy set with the policy, the asset
 * inventory as risk assessment input, legal requirements with the context).
 *
 * The roadmap shows workstreams, not steps: each step is one workstream, but for `controls`, which holds most of
 * Annex A and would be one block of seventy tasks, split by the standard's own themes (organisational; people
 * and physical; technological). The steps stay what the schedule runs on; workstreams of one step share its
 * weeks and its team. The gap analysis holds no item of its own: every item nobody knows yet goes there.
 */
import type { PhaseId } from './cost-model';

export const roadmapStepIds = [
  'gap-analysis',
  'scope',
  'leadership',
  'risk-method',
  'risk-assessment',
  'risk-treatment',
  'controls',
  'operation',
  'internal-audit',
  'management-review',
  'stage1',
  'stage2',
] as const;
export type RoadmapStepId = (typeof roadmapStepIds)[number];

export interface RoadmapStepData {
  id: RoadmapStepId;
  title: string;
  /** The estimate phase whose months the step's tasks are scheduled in. */
  phase: PhaseId;
  /** Steps whose results this step's work truly needs; their tasks must end before this step's tasks start. */
  needs: RoadmapStepId[];
  /** For a milestone step: the title of its one task. */
  milestone?: string;
}

export const roadmapSteps: readonly RoadmapStepData[] = [
  { id: 'gap-analysis', title: 'Complete the gap analysis', phase: 'design', needs: [] },
  {
    id: 'scope',
    title: 'Set the scope and context',
    phase: 'design',
    needs: ['gap-analysis'],
  },
  {
    id: 'leadership',
    title: 'Policy, roles and document control',
    phase: 'design',
    needs: ['scope'],
  },
  {
    id: 'risk-method',
    title: 'Risk assessment method',
    phase: 'design',
    needs: ['leadership'],
  },
  {
    id: 'risk-assessment',
    title: 'Risk assessment',
    phase: 'design',
    needs: ['risk-method'],
  },
  {
    id: 'risk-treatment',
    title: 'Risk treatment, objectives and Statement of Applicability',
    phase: 'design',
    needs: ['risk-assessment'],
  },
  {
    id: 'controls',
    title: 'Implement controls and support processes',
    phase: 'implementation',
    needs: ['risk-treatment'],
  },
  {
    id: 'operation',
    title: 'Operate the ISMS and keep records',
    phase: 'operation',
    needs: ['controls'],
  },
  {
    id: 'internal-audit',
    title: 'Internal audit',
    phase: 'operation',
    needs: ['operation'],
  },
  {
    id: 'management-review',
    title: 'Management review',
    phase: 'operation',
    needs: ['internal-audit'],
  },
  {
    id: 'stage1',
    title: 'Stage 1 audit',
    phase: 'audits',
    needs: ['management-review'],
    milestone: 'Stage 1 audit: the certification body reviews the documentation',
  },
  {
    id: 'stage2',
    title: 'Stage 2 audit',
    phase: 'audits',
    needs: ['stage1'],
    milestone: 'Stage 2 audit: the certification body tests that the ISMS operates',
  },
];

export const workstreamIds = [
  'gap-analysis',
  'scope',
  'leadership',
  'risk-method',
  'risk-assessment',
  'risk-treatment',
  'organisational-controls',
  'people-physical-controls',
  'technological-controls',
  'operation',
  'internal-audit',
  'management-review',
  'stage1',
  'stage2',
] as const;
export type WorkstreamId = (typeof workstreamIds)[number];

export interface WorkstreamData {
  id: WorkstreamId;
  /** The build step whose weeks the workstream runs in. */
  step: RoadmapStepId;
  title: string;
  /** What is true when the workstream is done, in one plain line a client's management can sign. */
  goal: string;
  /** Catalog item ids; empty for the gap analysis (it takes whatever is unknown) and the milestones. */
  items: string[];
}

/** In build order: a step's workstreams together, in the order of the step. */
export const roadmapWorkstreams: readonly WorkstreamData[] = [
  {
    id: 'gap-analysis',
    step: 'gap-analysis',
    title: 'Complete the gap analysis',
    goal: 'Find out where every open item stands, so the plan rests on facts rather than guesses.',
    items: [],
  },
  {
    id: 'scope',
    step: 'scope',
    title: 'Set the scope and context',
    goal: 'Agree what the ISMS covers, and the issues, interested parties and legal duties that shape it.',
    items: ['4.1', '4.2', '4.3', '4.4', 'A.5.31'],
  },
  {
    id: 'leadership',
    step: 'leadership',
    title: 'Policy, roles and document control',
    goal: 'Management commits, the policy is approved, roles are assigned and documents are under control.',
    items: ['5.1', '5.2', '5.3', '7.1', '7.5.1', '7.5.2', '7.5.3', 'A.5.1', 'A.5.2', 'A.5.4'],
  },
  {
    id: 'risk-method',
    step: 'risk-method',
    title: 'Risk assessment method',
    goal: 'Agree how risks are assessed and which risks the organization accepts.',
    items: ['6.1.1', '6.1.2'],
  },
  {
    id: 'risk-assessment',
    step: 'risk-assessment',
    title: 'Risk assessment',
    goal: 'Identify and rate the risks to the information in scope, from an inventory of its assets.',
    items: ['8.2', 'A.5.9'],
  },
  {
    id: 'risk-treatment',
    step: 'risk-treatment',
    title: 'Risk treatment, objectives and Statement of Applicability',
    goal: 'Decide how each risk is treated, set security objectives and write the Statement of Applicability.',
    items: ['6.1.3', '6.2'],
  },
  {
    id: 'organisational-controls',
    step: 'controls',
    title: 'Organisational controls',
    goal: 'Put the organisational controls of Annex A.5 in place: information handling, access, suppliers, incidents and continuity.',
    items: [
      'A.5.3', 'A.5.5', 'A.5.6', 'A.5.7', 'A.5.8', 'A.5.10', 'A.5.11', 'A.5.12', 'A.5.13', 'A.5.14', 'A.5.15',
      'A.5.16', 'A.5.17', 'A.5.18', 'A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23', 'A.5.24', 'A.5.25', 'A.5.26',
      'A.5.27', 'A.5.28', 'A.5.29', 'A.5.30', 'A.5.32', 'A.5.33', 'A.5.34', 'A.5.36', 'A.5.37',
    ],
  },
  {
    id: 'people-physical-controls',
    step: 'controls',
    title: 'People and physical controls',
    goal: 'Make people competent and aware (A.6, clauses 7.2–7.4) and secure the premises and equipment (A.7).',
    items: [
      '7.2', '7.3', '7.4',
      'A.6.1', 'A.6.2', 'A.6.3', 'A.6.4', 'A.6.5', 'A.6.6', 'A.6.7', 'A.6.8',
      'A.7.1', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6', 'A.7.7', 'A.7.8', 'A.7.9', 'A.7.10', 'A.7.11', 'A.7.12',
      'A.7.13', 'A.7.14',
    ],
  },
  {
    id: 'technological-controls',
    step: 'controls',
    title: 'Technological controls',
    goal: 'Put the technical controls of Annex A.8 in place: devices, access, backups, logging, networks and development.',
    items: [
      'A.8.1', 'A.8.2', 'A.8.3', 'A.8.4', 'A.8.5', 'A.8.6', 'A.8.7', 'A.8.8', 'A.8.9', 'A.8.10', 'A.8.11', 'A.8.12',
      'A.8.13', 'A.8.14', 'A.8.15', 'A.8.16', 'A.8.17', 'A.8.18', 'A.8.19', 'A.8.20', 'A.8.21', 'A.8.22', 'A.8.23',
      'A.8.24', 'A.8.25', 'A.8.26', 'A.8.27', 'A.8.28', 'A.8.29', 'A.8.30', 'A.8.31', 'A.8.32', 'A.8.33', 'A.8.34',
    ],
  },
  {
    id: 'operation',
    step: 'operation',
    title: 'Operate the ISMS and keep records',
    goal: 'Run the ISMS for three months with records: measurement, planned changes, nonconformities fixed.',
    items: ['6.3', '8.1', '8.3', '9.1', '10.2'],
  },
  {
    id: 'internal-audit',
    step: 'internal-audit',
    title: 'Internal audit',
    goal: 'Audit the whole ISMS independently and record what the audit finds.',
    items: ['9.2.1', '9.2.2', 'A.5.35'],
  },
  {
    id: 'management-review',
    step: 'management-review',
    title: 'Management review',
    goal: 'Management reviews the ISMS with every required input and decides what to improve.',
    items: ['9.3.1', '9.3.2', '9.3.3', '10.1'],
  },
  {
    id: 'stage1',
    step: 'stage1',
    title: 'Stage 1 audit',
    goal: 'The certification body reviews the documentation.',
    items: [],
  },
  {
    id: 'stage2',
    step: 'stage2',
    title: 'Stage 2 audit',
    goal: 'The certification body tests that the ISMS operates, and recommends the certificate.',
    items: [],
  },
];

/**
 * What to do about a clause requirement below its target, in plain words. Controls need no list: their task
 * says what the gap is ("Put in place: Information backup").
 */
export const clauseActions: Readonly<Record<string, string>> = {
  '4.1': 'Describe the internal and external issues that shape security',
  '4.2': 'List interested parties and what each of them requires',
  '4.3': 'Write and approve the ISMS scope',
  '4.4': 'Set up the ISMS and how its processes fit together',
  '5.1': 'Get top management to commit to and lead the ISMS',
  '5.2': 'Write and approve the information security policy',
  '5.3': 'Assign security roles, responsibilities and authorities',
  '6.1.1': 'Plan how risks and opportunities for the ISMS are addressed',
  '6.1.2': 'Define the risk assessment method and risk acceptance criteria',
  '6.1.3': 'Choose risk treatments; write the Statement of Applicability and the treatment plan',
  '6.2': 'Set measurable security objectives and plans to reach them',
  '6.3': 'Plan changes to the ISMS before making them',
  '7.1': 'Provide the people, budget and tools the ISMS needs',
  '7.2': 'Define the competence each role needs and keep training records',
  '7.3': 'Make everyone aware of the policy and of their part in it',
  '7.4': 'Decide what is communicated about security, to whom and when',
  '7.5.1': 'Write the procedures and records the ISMS relies on',
  '7.5.2': 'Set rules for creating, reviewing and approving documents',
  '7.5.3': 'Control versions, access and retention of documents',
  '8.1': 'Run the ISMS processes as planned and keep records',
  '8.2': 'Carry out the risk assessment and record the results',
  '8.3': 'Carry out the risk treatment plan and record the results',
  '9.1': 'Measure and report how well security works',
  '9.2.1': 'Run internal audits across the whole ISMS',
  '9.2.2': 'Plan the audit programme and record audit results',
  '9.3.1': 'Hold management reviews at planned intervals',
  '9.3.2': 'Cover every required input in the management review',
  '9.3.3': 'Record management review decisions and actions',
  '10.1': 'Improve the ISMS continually from what reviews and audits show',
  '10.2': 'Keep a register of nonconformities and corrective actions',
};
