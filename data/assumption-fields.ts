/**
 * The cost-model assumptions a consultant edits in Settings, in plain words. Each `path` points into
 * data/cost-model.ts; everything else in the model keeps its value.
 */
export interface AssumptionField {
  path: string;
  label: string;
  unit: 'money' | 'days' | 'share' | 'times' | 'months';
  /** What the field holds inside a sentence ("a day rate"); the unit's own word otherwise. */
  noun?: string;
  /** The least and most a person may type, as shown (a share in %); the unit's limits otherwise. */
  min?: number;
  max?: number;
}

export interface AssumptionGroup {
  title: string;
  fields: AssumptionField[];
}

const range = (path: string, label: string, unit: AssumptionField['unit']): AssumptionField[] => [
  { path: `${path}.low`, label: `${label}, low`, unit },
  { path: `${path}.high`, label: `${label}, high`, unit },
];

export const assumptionGroups: AssumptionGroup[] = [
  {
    title: 'Day rates',
    fields: [
      { path: 'approaches.consultant.dayRate', label: 'Consultant, per day', unit: 'money', noun: 'a day rate', min: 1 },
      { path: 'approaches.vciso.dayRate', label: 'Fractional CISO, per day', unit: 'money', noun: 'a day rate', min: 1 },
      { path: 'approaches.in-house.dayRate', label: 'Outside assessor for an in-house project, per day', unit: 'money', noun: 'a day rate', min: 1 },
      { path: 'internal.dayRate', label: 'Own staff, fully loaded, per day', unit: 'money', noun: 'a day rate', min: 1 },
    ],
  },
  {
    title: 'Certification body fees at the reference size (250 people)',
    fields: [
      ...range('auditFeesAtReference.certification', 'Certification audit', 'money'),
      ...range('auditFeesAtReference.surveillance', 'Surveillance audit, each year', 'money'),
      ...range('auditFeesAtReference.recertification', 'Recertification audit', 'money'),
      { path: 'certificationBodyMultiplier.budget', label: 'Smaller accredited body, fee multiplier', unit: 'times' },
      { path: 'certificationBodyMultiplier.premium', label: 'Premium global body, fee multiplier', unit: 'times' },
    ],
  },
  {
    title: 'Consulting effort at the reference size',
    fields: [
      ...range('gapAnalysisDays', 'Gap analysis', 'days'),
      ...range('maturity.moderate.implementationDays', 'Implementation support, moderate maturity', 'days'),
    ],
  },
  {
    title: 'Scope and sites',
    fields: [
      { path: 'auditorDays.siteSampling.initial', label: 'Sites visited at the initial audit, times √ sites', unit: 'times', max: 1 },
      { path: 'auditorDays.siteSampling.surveillance', label: 'Sites visited at each surveillance audit, times √ sites', unit: 'times', max: 1 },
      { path: 'auditorDays.siteSampling.recertification', label: 'Sites visited at recertification, times √ sites', unit: 'times', max: 1 },
      { path: 'auditorDays.siteSampling.siteShare', label: "Share of the table's time each visited site takes", unit: 'share', min: 1 },
    ],
  },
  {
    title: 'Tools and SOC 2',
    fields: [
      ...range('grcTool.annualPrice', 'GRC tool, per year', 'money'),
      { path: 'grcTool.internalEffortReduction', label: 'Staff effort a GRC tool saves', unit: 'share' },
      ...range('soc2.auditPerYear', 'SOC 2 examination, per year', 'money'),
    ],
  },
];
