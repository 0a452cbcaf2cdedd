/**
 * Cost and timeline model defaults (DESIGN §7). Data only: lib/estimate*.ts holds the arithmetic and validates
 * an edited copy of `costModel` with Zod before using it. The options page edits and resets these values.
 *
 * Where each figure comes from:
 * - [guide] The reference guide's "Cost and timeline" section (shared/reference/iso27001-requirements-guide.txt):
 *   the five fee ranges for a mid-market organization (100–500 employees), the three timeline bands, the four
 *   phase ranges and the 70–80 % ISO 27001 / SOC 2 control overlap.
 * - [27006] The auditor-days-by-headcount table that accredited certification bodies use to size an ISMS audit
 *   (ISO/IEC 27006, published and widely reproduced), with surveillance about a third and recertification about
 *   two thirds of the initial audit time. Above its last row the standard says "follow the progression"; we do.
 * - [ours] Our own assumptions: day rates, multipliers, shares, the tool price. Each is marked, and each is
 *   chosen so that the reference profile below reproduces the guide's figures exactly.
 */

export interface Range {
  low: number;
  high: number;
}

export const scopes = ['narrow', 'typical', 'broad'] as const;
export const certificationBodies = ['budget', 'standard', 'premium'] as const;
export const approaches = ['consultant', 'vciso', 'in-house'] as const;
export const maturityBands = ['mature', 'moderate', 'scratch'] as const;
export const phaseIds = ['design', 'implementation', 'operation', 'audits'] as const;

export type Scope = (typeof scopes)[number];
export type CertificationBody = (typeof certificationBodies)[number];
export type Approach = (typeof approaches)[number];
export type MaturityBand = (typeof maturityBands)[number];
export type PhaseId = (typeof phaseIds)[number];

export interface ApproachModel {
  /** USD per external day for whoever is engaged (consultant, fractional CISO). */
  dayRate: number;
  /** Share of the reference consulting days still bought from outside; the rest becomes staff time. */
  externalShare: { gapAnalysis: number; implementation: number };
  /** Months added to the timeline compared with a consultant-led project. */
  extraMonths: Range;
}

export interface MaturityBandModel {
  /** Where the band sits on the assessment's 0–1 readiness score (the middle of its third of the scale). */
  score: number;
  /** Kickoff to Stage 2 completion. */
  months: Range;
  /** Consultant-days of implementation support at the reference size. */
  implementationDays: Range;
  /** Staff person-days in the first year at the reference size, with a consultant doing its share. */
  internalDays: Range;
}

export interface CostModel {
  /**
   * [guide] The ISO 4217 currency every amount below is in: the guide's figures are US dollars. A rate card the
   * user converted or relabelled in Settings carries its own.
   */
  currency: string;
  /** The profile the guide's figures describe; every scale factor is 1 here. */
  reference: { employees: number };
  auditorDays: {
    /** [27006] Initial audit (Stage 1 + Stage 2) auditor-days for headcounts up to `upTo`. */
    byHeadcount: Array<{ upTo: number; days: number }>;
    /** [27006] Past the last row: each further band is this many times wider and adds `daysPerStep`. */
    beyondTable: { headcountGrowthPerStep: number; daysPerStep: number };
    /** [27006] Surveillance and recertification time as a share of the initial audit time. */
    surveillanceShare: number;
    recertificationShare: number;
    /**
     * [IAF MD 1] Several sites: the body visits a sample, √(number of sites) times the audit's factor, rounded
     * up. [ours] Each visited site takes `siteShare` of the table's time for its share of the headcount (the
     * central function is not audited again at every site); never less than one site holding everyone.
     */
    siteSampling: { initial: number; surveillance: number; recertification: number; siteShare: number };
    /** [ours] Audit time for a narrower or broader ISMS scope than the core business. */
    scopeMultiplier: Record<Scope, number>;
  };
  /** [guide] Fees at the reference profile's auditor-days; other profiles scale with their auditor-days. */
  auditFeesAtReference: { certification: Range; surveillance: Range; recertification: Range };
  /** [ours] Audit fees relative to a standard accredited body. */
  certificationBodyMultiplier: Record<CertificationBody, number>;
  /** [ours] Gap analysis consultant-days at the reference size ([guide] $15,000–40,000 at the consultant rate). */
  gapAnalysisDays: Range;
  /** [ours] Staff days needed for one consultant-day of work done in-house (the learning curve). */
  staffDaysPerConsultantDay: number;
  approaches: Record<Approach, ApproachModel>;
  maturity: Record<MaturityBand, MaturityBandModel>;
  timeline: {
    /** [guide] Published length of each phase; they are scaled to fit the total (lib/estimate/phases.ts). */
    phaseMonths: Record<PhaseId, Range>;
    /** [ours] Months added each time the audit scope (auditor-days) doubles past the reference. */
    monthsPerDoublingOfScope: Range;
  };
  internal: {
    /** [ours] Fully loaded cost of one staff person-day, USD. */
    dayRate: number;
    /** [ours] Staff person-days a year to run the ISMS in years 2 and 3, at the reference size. */
    ongoingDaysPerYear: Range;
  };
  grcTool: {
    /** [ours] Subscription per year at the reference size, USD; scales with the audit scope. */
    annualPrice: Range;
    /** [ours] Share of staff effort the tool saves (risk register, evidence, audit tracking). */
    internalEffortReduction: number;
  };
  soc2: {
    /** [guide] Share of controls ISO 27001 and SOC 2 have in common. */
    sharedControls: Range;
    /** [ours] A SOC 2 examination by a CPA firm, every year, at the reference size. */
    auditPerYear: Range;
  };
}

export const costModel: CostModel = {
  currency: 'USD',
  // [guide] Mid-market is 100–500 employees; 250 sits in the table's 176–275 row (14 auditor-days).
  reference: { employees: 250 },
  auditorDays: {
    byHeadcount: [
      { upTo: 10, days: 5 },
      { upTo: 15, days: 6 },
      { upTo: 25, days: 7 },
      { upTo: 45, days: 8.5 },
      { upTo: 65, days: 10 },
      { upTo: 85, days: 11 },
      { upTo: 125, days: 12 },
      { upTo: 175, days: 13 },
      { upTo: 275, days: 14 },
      { upTo: 425, days: 15 },
      { upTo: 625, days: 16.5 },
      { upTo: 875, days: 17.5 },
      { upTo: 1175, days: 18.5 },
      { upTo: 1550, days: 19.5 },
      { upTo: 2025, days: 21 },
      { upTo: 2675, days: 22 },
      { upTo: 3450, days: 23 },
      { upTo: 4350, days: 24 },
      { upTo: 5450, days: 25 },
      { upTo: 6800, days: 26 },
      { upTo: 8500, days: 27 },
      { upTo: 10700, days: 28 },
    ],
    // The last rows widen by about a quarter each (6,800 → 8,500 → 10,700) and add one day.
    beyondTable: { headcountGrowthPerStep: 1.25, daysPerStep: 1 },
    surveillanceShare: 1 / 3,
    recertificationShare: 2 / 3,
    // IAF MD 1's sample sizes: √n sites at the initial audit, 0.6√n at surveillance, 0.8√n at recertification.
    siteSampling: { initial: 1, surveillance: 0.6, recertification: 0.8, siteShare: 0.7 },
    // ISO/IEC 27006 lets a body adjust audit time for scope and complexity; we stay well inside its limits.
    scopeMultiplier: { narrow: 0.85, typical: 1, broad: 1.2 },
  },
  auditFeesAtReference: {
    certification: { low: 15_000, high: 40_000 },
    surveillance: { low: 10_000, high: 25_000 },
    recertification: { low: 20_000, high: 40_000 },
  },
  // The guide: global bodies charge premium rates, smaller accredited bodies lower fees, same validity.
  certificationBodyMultiplier: { budget: 0.75, standard: 1, premium: 1.4 },
  // 12–32 days at $1,250 is the guide's $15,000–40,000; a consultant's own rate changes the fee, not the days.
  gapAnalysisDays: { low: 12, high: 32 },
  staffDaysPerConsultantDay: 1.5,
  approaches: {
    consultant: {
      dayRate: 1_250,
      externalShare: { gapAnalysis: 1, implementation: 1 },
      extraMonths: { low: 0, high: 0 },
    },
    // A fractional CISO steers and reviews at a senior rate while staff write and operate.
    vciso: {
      dayRate: 1_500,
      externalShare: { gapAnalysis: 0.5, implementation: 0.5 },
      extraMonths: { low: 0, high: 1 },
    },
    // An in-house team still buys an outside pre-certification assessment; the guide says advisors compress
    // timelines, so doing without one costs months.
    'in-house': {
      dayRate: 1_250,
      externalShare: { gapAnalysis: 0.25, implementation: 0 },
      extraMonths: { low: 1, high: 2 },
    },
  },
  // Implementation days: the guide's $10,000–40,000 (8–32 days at $1,250) is the moderate band, which is the
  // reference; a mature programme sits in its lower part and one built from scratch in its upper part. Internal
  // days: at the reference they cost what the external fees do ($40,000–120,000 at $800), the low end of the
  // guide's "internal costs often equal or exceed the external fees". Scores: the middle of each third of the
  // readiness scale (scratch 0–⅓, moderate ⅓–⅔, mature ⅔–1), so a score of 0.5 is exactly "moderate".
  maturity: {
    mature: {
      score: 5 / 6,
      months: { low: 6, high: 9 },
      implementationDays: { low: 8, high: 20 },
      internalDays: { low: 35, high: 100 },
    },
    moderate: {
      score: 1 / 2,
      months: { low: 9, high: 12 },
      implementationDays: { low: 8, high: 32 },
      internalDays: { low: 50, high: 150 },
    },
    scratch: {
      score: 1 / 6,
      months: { low: 12, high: 14 },
      implementationDays: { low: 20, high: 32 },
      internalDays: { low: 80, high: 200 },
    },
  },
  timeline: {
    phaseMonths: {
      design: { low: 2, high: 4 },
      implementation: { low: 2, high: 4 },
      operation: { low: 2, high: 3 },
      audits: { low: 2, high: 3 },
    },
    monthsPerDoublingOfScope: { low: 0.5, high: 1 },
  },
  internal: { dayRate: 800, ongoingDaysPerYear: { low: 20, high: 50 } },
  grcTool: { annualPrice: { low: 10_000, high: 25_000 }, internalEffortReduction: 0.25 },
  soc2: { sharedControls: { low: 0.7, high: 0.8 }, auditPerYear: { low: 20_000, high: 50_000 } },
};

/** Displayed money is rounded to this many units of the rate card's currency; every reference figure is a multiple of it. */
export const moneyRoundingUsd = 500;

/** What the user picks from, in plain words. */
export const scopeLabels: Record<Scope, string> = {
  narrow: 'Narrow scope (one product, service or system)',
  typical: 'Typical scope (the core business)',
  broad: 'Broad scope (several business units, many systems)',
};

export const certificationBodyLabels: Record<CertificationBody, string> = {
  budget: 'Smaller accredited certification body',
  standard: 'Standard accredited certification body',
  premium: 'Premium global certification body',
};

export const approachLabels: Record<Approach, string> = {
  consultant: 'Consultant leads the work',
  vciso: 'Fractional CISO (vCISO) steers, staff do the work',
  'in-house': 'In-house team, no consultant',
};

export const maturityLabels: Record<MaturityBand, string> = {
  mature: 'Mature programme',
  moderate: 'Moderate maturity',
  scratch: 'Building from scratch',
};

export const lineItemIds = [
  'gap-analysis',
  'implementation',
  'certification-audit',
  'surveillance',
  'recertification',
  'grc-tool',
  'soc2-readiness',
  'soc2-audit',
] as const;
export type LineItemId = (typeof lineItemIds)[number];

export const lineItemLabels: Record<LineItemId, string> = {
  'gap-analysis': 'Gap analysis and readiness consulting',
  implementation: 'Implementation support',
  'certification-audit': 'Certification audit (Stage 1 + Stage 2)',
  surveillance: 'Surveillance audit',
  recertification: 'Recertification audit',
  'grc-tool': 'GRC tool subscription',
  'soc2-readiness': 'SOC 2 readiness (the controls ISO 27001 does not cover)',
  'soc2-audit': 'SOC 2 examination',
};

export const phaseTitles: Record<PhaseId, string> = {
  design: 'Gap analysis and ISMS design',
  implementation: 'Control implementation and documentation',
  operation: 'Operation to build audit evidence',
  audits: 'Stage 1 and Stage 2 audits',
};
