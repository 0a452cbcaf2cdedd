/**
 * The estimate's assumptions: the defaults in data/cost-model.ts, or a copy the user edited in options. A copy
 * comes back from storage, so it passes this strict schema first; the refinements reject values that would make
 * the arithmetic meaningless (a low above its high, a table that shrinks, a premium body cheaper than a budget one).
 */
import { costModel, type CostModel, type Range } from '../../data/cost-model';
import { knownCurrency } from '../locale/choice';
import { z } from '../zod';

export type Assumptions = CostModel;

const amount = z.number().min(0, 'must not be negative');
const positive = z.number().positive('must be more than 0');
const share = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

function range(value: z.ZodNumber) {
  return z
    .strictObject({ low: value, high: value })
    .refine((bounds) => bounds.low <= bounds.high, { message: 'low must not exceed high' });
}

const money = range(amount);
const months = range(amount.max(60, 'must be at most 60 months'));

const ApproachSchema = z.strictObject({
  dayRate: positive,
  externalShare: z.strictObject({ gapAnalysis: share, implementation: share }),
  extraMonths: months,
});

const BandSchema = z.strictObject({
  score: share,
  months: range(positive.max(60, 'must be at most 60 months')),
  implementationDays: money,
  internalDays: money,
});

const HeadcountRowSchema = z.strictObject({
  upTo: z.number().int('must be a whole number').min(1, 'must be at least 1'),
  days: positive,
});

function growsFrom(previous: { upTo: number; days: number }, row: { upTo: number; days: number }): boolean {
  return row.upTo > previous.upTo && row.days >= previous.days;
}

function notAbove(a: Range, b: Range): boolean {
  return a.low <= b.low && a.high <= b.high;
}

/**
 * Rate cards saved before site sampling carried a flat share of audit time per extra site; sampling replaced it,
 * so those two fields are dropped (and the sampling factors default) rather than the whole rate card refused.
 */
function withoutFlatSiteUplift(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const { perAdditionalSite: _perSite, maxSiteUplift: _cap, ...rest } = raw as Record<string, unknown>;
  return rest;
}

export const AssumptionsSchema = z.strictObject({
  // Rate cards stored before currencies existed were in the guide's US dollars.
  currency: z.string().refine(knownCurrency, { message: 'must be an ISO 4217 currency code such as EUR' }).default('USD'),
  reference: z.strictObject({ employees: z.number().int('must be a whole number').min(1, 'must be at least 1') }),
  auditorDays: z.preprocess(withoutFlatSiteUplift, z.strictObject({
    byHeadcount: z
      .array(HeadcountRowSchema)
      .min(1, 'needs at least one row')
      .refine((rows) => rows.every((row, index) => index === 0 || growsFrom(rows[index - 1]!, row)), {
        message: 'rows must grow: each headcount limit above the last, and never fewer days',
      }),
    beyondTable: z.strictObject({
      headcountGrowthPerStep: positive.min(1.01, 'must be at least 1.01'),
      daysPerStep: amount,
    }),
    surveillanceShare: share,
    recertificationShare: share,
    siteSampling: z
      .strictObject({
        initial: positive.max(1, 'must be at most 1'),
        surveillance: positive.max(1, 'must be at most 1'),
        recertification: positive.max(1, 'must be at most 1'),
        siteShare: positive.max(1, 'must be at most 1'),
      })
      .default(costModel.auditorDays.siteSampling),
    scopeMultiplier: z.strictObject({ narrow: positive, typical: positive, broad: positive }),
  })),
  auditFeesAtReference: z.strictObject({ certification: money, surveillance: money, recertification: money }),
  certificationBodyMultiplier: z
    .strictObject({ budget: positive, standard: positive, premium: positive })
    .refine((tiers) => tiers.budget <= tiers.standard && tiers.standard <= tiers.premium, {
      message: 'a budget body must not cost more than a standard one, nor a standard one more than a premium one',
    }),
  gapAnalysisDays: money,
  staffDaysPerConsultantDay: positive,
  approaches: z.strictObject({ consultant: ApproachSchema, vciso: ApproachSchema, 'in-house': ApproachSchema }),
  maturity: z
    .strictObject({ mature: BandSchema, moderate: BandSchema, scratch: BandSchema })
    .refine((bands) => bands.scratch.score < bands.moderate.score && bands.moderate.score < bands.mature.score, {
      message: 'band scores must rise from scratch to moderate to mature',
    })
    .refine(
      ({ mature, moderate, scratch }) =>
        (['months', 'implementationDays', 'internalDays'] as const).every(
          (field) => notAbove(mature[field], moderate[field]) && notAbove(moderate[field], scratch[field]),
        ),
      { message: 'a more mature organization must not need more months or days' },
    ),
  timeline: z.strictObject({
    phaseMonths: z.strictObject({
      design: range(positive),
      implementation: range(positive),
      operation: range(positive),
      audits: range(positive),
    }),
    monthsPerDoublingOfScope: months,
  }),
  internal: z.strictObject({ dayRate: positive, ongoingDaysPerYear: money }),
  grcTool: z.strictObject({ annualPrice: money, internalEffortReduction: share }),
  soc2: z.strictObject({ sharedControls: range(share), auditPerYear: money }),
}) satisfies z.ZodType<Assumptions>;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Frozen, so that a form bound to it cannot change the defaults for everyone: edit `structuredClone(defaultAssumptions)`
 * instead, and reset by taking a fresh clone.
 */
export const defaultAssumptions: Assumptions = deepFreeze(AssumptionsSchema.parse(costModel));

export type AssumptionsResult = { ok: true; assumptions: Assumptions } | { ok: false; errors: string[] };

/** One reason a copy of the assumptions is refused, at the dotted path of what it concerns ("" for the whole). */
export interface AssumptionIssue {
  path: string;
  message: string;
}

/** Why a copy of the assumptions is refused, one issue per problem; none when it passes. */
export function assumptionIssues(raw: unknown): AssumptionIssue[] {
  const result = AssumptionsSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** Validates an edited or stored copy of the assumptions; errors name the field ("soc2.sharedControls: …"). */
export function parseAssumptions(raw: unknown): AssumptionsResult {
  const result = AssumptionsSchema.safeParse(raw);
  if (result.success) return { ok: true, assumptions: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    ),
  };
}
