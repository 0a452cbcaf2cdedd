/**
 * The answer scale shown beside every question (DESIGN §5), and the levels the audit stages ask for.
 * Definitions are ours.
 */
import type { DocumentedInformationKind } from './catalog/types';

export const maturityLevels = [
  { level: 0, label: 'Not in place', definition: 'Nothing exists yet.' },
  { level: 1, label: 'Ad hoc', definition: 'It happens informally; nothing is written down.' },
  { level: 2, label: 'Defined', definition: 'Documented, but not yet operating consistently or without records.' },
  { level: 3, label: 'Implemented', definition: 'Operating, and some records show it.' },
  { level: 4, label: 'Audit-ready', definition: 'Operating well with evidence over time, and reviewed.' },
] as const;

export const notApplicable = {
  label: 'Not applicable',
  definition: 'Annex A only: the risk does not arise here. Needs a justification for the Statement of Applicability.',
} as const;

export const dontKnow = {
  label: "Don't know",
  definition: 'Not sure yet: it does not count towards the score, lowers confidence, and becomes a task to find out.',
} as const;

/** The level every item should reach before Stage 2 (DESIGN §6, §8). */
export const defaultTargetLevel = 3;

/**
 * The level a documented-information entry's item must reach before Stage 1, by kind (DESIGN §6): a document
 * must be written (2, defined); a record must show the thing was done (3, implemented with records).
 */
export const stage1MinimumLevels = { document: 2, record: 3 } as const satisfies Record<DocumentedInformationKind, number>;

/** Person-days to close a gap, by effort size (the middle of each band in data/catalog/types.ts). */
export const effortDays = { S: 2, M: 6, L: 15 } as const;

/**
 * The mandatory document whose answer says whether a risk treatment plan exists: a control the plan schedules
 * is acceptable at Stage 1 while not yet operating, and findings about controls say so once the plan is written.
 * Kept here rather than beside the documents so pages that score need not bundle the documents' text.
 */
export const riskTreatmentPlanId = 'risk-treatment-plan';
