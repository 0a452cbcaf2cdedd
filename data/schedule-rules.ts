/**
 * How fast the remaining work turns into calendar time (lib/schedule). Our own assumptions, chosen so that the
 * guide's mid-market organization with every item half done (level 2) lands near its moderate band, and marked
 * as ours; the one rule that is not ours is the operating period: certification bodies expect the ISMS to have
 * run with records for about three months before they audit it (Stage 2), and the internal audit needs those
 * records too.
 */
export interface Pace {
  /** Person-days a week the whole team (staff and any consultant) puts into the ISMS. */
  teamDaysPerWeek: number;
  /** Person-days a week one person gives a single task: a large task cannot be split across the team. */
  personDaysPerWeek: number;
  /** The least a step with work takes: approvals and meetings take weeks even when the effort is small. */
  minimumStepWeeks: number;
  /** From the management review to the Stage 1 audit: the body books the date and reads the documents. */
  stage1LeadWeeks: number;
  /** From Stage 1 to Stage 2: time to close what Stage 1 found. */
  stage2GapWeeks: number;
}

export const scheduleRules = {
  /** Three months of the ISMS operating with records, before the internal audit and Stage 2. */
  operationWeeks: 13,
  /** Each of Stage 1 and Stage 2 on site, with the report. */
  auditWeeks: 1,
  /** How many tasks of one step run side by side (an ISMS owner, IT and HR, or a consultant). */
  lanes: 3,
  /** The earliest end of the estimate's range, and the plan the roadmap draws (the later end). */
  paces: {
    earliest: { teamDaysPerWeek: 30, personDaysPerWeek: 4, minimumStepWeeks: 1, stage1LeadWeeks: 2, stage2GapWeeks: 4 },
    planned: { teamDaysPerWeek: 18, personDaysPerWeek: 3, minimumStepWeeks: 2, stage1LeadWeeks: 4, stage2GapWeeks: 8 },
  } satisfies Record<string, Pace>,
  /** A bigger ISMS has more to write, train and operate per item: effort grows with its size to the power ¾. */
  sizeExponent: 0.75,
} as const;
