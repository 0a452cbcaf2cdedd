/**
 * The arithmetic of the estimate for one profile, with no attribution to drivers (lib/estimate-drivers.ts) and
 * no phases (lib/estimate-phases.ts).
 *
 * One idea carries the size drivers: certification bodies size an audit in auditor-days from headcount, sites
 * and scope, so the ratio of a profile's initial auditor-days to the reference profile's (`scale`) is how much
 * bigger its ISMS is. Audit fees scale with their own auditor-days; consulting days, staff effort, the tool and
 * SOC 2 scale with `scale`. At the reference every ratio is exactly 1, so the guide's figures come back untouched.
 */
import { lineItemLabels, moneyRoundingUsd, type LineItemId, type MaturityBandModel, type Range } from '../data/cost-model';
import type { Assumptions } from './estimate-assumptions';
import { referenceProfile, type MaturityInput, type ResolvedEstimateInput } from './estimate-input';

export interface AuditorDays {
  /** Stage 1 + Stage 2. */
  initial: number;
  /** Each of years 2 and 3. */
  surveillance: number;
  /** End of year 3. */
  recertification: number;
}

export interface LineItem extends Range {
  id: LineItemId;
  label: string;
  /** When it is paid, in words. */
  when: string;
  /** How many times it falls in the first year, and in the three-year certificate cycle. */
  timesInFirstYear: number;
  timesInThreeYears: number;
}

export interface Figures {
  auditorDays: AuditorDays;
  lineItems: LineItem[];
  /** Gap analysis + implementation support + certification audit: the guide's "initial certification all-in". */
  initial: Range;
  /** Staff person-days and their cost in the first year (kickoff to certificate). */
  internalDays: Range;
  internalCost: Range;
  /** Staff person-days and their cost in each of years 2 and 3, running the ISMS. */
  ongoingInternalDays: Range;
  ongoingInternalCost: Range;
  firstYear: Range;
  threeYear: Range;
  /** Kickoff to Stage 2 completion, in half months. */
  months: Range;
}

type BandFigures = Omit<MaturityBandModel, 'score'>;

const roundHalf = (value: number): number => Math.round(value * 2) / 2;
const roundMoney = (value: number): number => Math.round(value / moneyRoundingUsd) * moneyRoundingUsd;
const map = (range: Range, fn: (value: number, end: keyof Range) => number): Range => ({
  low: fn(range.low, 'low'),
  high: fn(range.high, 'high'),
});
const times = (range: Range, factor: number): Range => map(range, (value) => value * factor);

/** [27006] The table's days for a headcount, continuing its progression (bands ~25 % wider, +1 day) past the end. */
export function tableAuditorDays(employees: number, model: Assumptions['auditorDays']): number {
  const row = model.byHeadcount.find((candidate) => employees <= candidate.upTo);
  if (row) return row.days;
  const last = model.byHeadcount[model.byHeadcount.length - 1]!;
  let upTo = last.upTo;
  let days = last.days;
  while (employees > upTo) {
    upTo = Math.max(upTo + 1, Math.round(upTo * model.beyondTable.headcountGrowthPerStep));
    days += model.beyondTable.daysPerStep;
  }
  return days;
}

/**
 * Bodies quote half days, so every figure is rounded to one; never below half a day, which also keeps the
 * reference a safe divisor whatever the assumptions say.
 */
export function auditorDaysFor(input: ResolvedEstimateInput, model: Assumptions['auditorDays']): AuditorDays {
  const siteUplift = Math.min(model.maxSiteUplift, model.perAdditionalSite * (input.sites - 1));
  const exact = tableAuditorDays(input.employees, model) * (1 + siteUplift) * model.scopeMultiplier[input.scope];
  const initial = Math.max(0.5, roundHalf(exact));
  return {
    initial,
    surveillance: Math.max(0.5, roundHalf(initial * model.surveillanceShare)),
    recertification: Math.max(0.5, roundHalf(initial * model.recertificationShare)),
  };
}

/**
 * A named band takes its own figures. A readiness score is placed between the two bands whose scores (the
 * middles of the thirds of the 0–1 scale) surround it, linearly, and takes the nearest band's figures beyond the
 * outermost ones: the guide gives nothing shorter than "mature" or longer than "from scratch". So a score of 0.5
 * is exactly "moderate", and the figures move continuously as the assessment's score moves.
 */
export function maturityFigures(maturity: MaturityInput, bands: Assumptions['maturity']): BandFigures {
  if (typeof maturity === 'string') return bands[maturity];
  const ordered = [bands.scratch, bands.moderate, bands.mature];
  if (maturity <= bands.scratch.score) return bands.scratch;
  if (maturity >= bands.mature.score) return bands.mature;
  const upper = maturity < bands.moderate.score ? bands.moderate : bands.mature;
  const lower = ordered[ordered.indexOf(upper) - 1]!;
  const t = (maturity - lower.score) / (upper.score - lower.score);
  const between = (field: keyof BandFigures): Range =>
    map(lower[field], (value, end) => value + t * (upper[field][end] - value));
  return { months: between('months'), implementationDays: between('implementationDays'), internalDays: between('internalDays') };
}

function item(id: LineItemId, range: Range, when: string, timesInFirstYear: number, timesInThreeYears: number): LineItem {
  return { id, label: lineItemLabels[id], when, timesInFirstYear, timesInThreeYears, ...map(range, roundMoney) };
}

function total(items: LineItem[], count: (item: LineItem) => number, extra: Range): Range {
  return items.reduce((sum, line) => map(sum, (value, end) => value + line[end] * count(line)), extra);
}

export function computeFigures(input: ResolvedEstimateInput, assumptions: Assumptions): Figures {
  const auditorDays = auditorDaysFor(input, assumptions.auditorDays);
  const reference = auditorDaysFor(referenceProfile(assumptions), assumptions.auditorDays);
  const scale = auditorDays.initial / reference.initial;
  const band = maturityFigures(input.maturity, assumptions.maturity);
  const approach = assumptions.approaches[input.approach];
  const body = assumptions.certificationBodyMultiplier[input.certificationBody];
  const fees = assumptions.auditFeesAtReference;

  const gapDays = times(assumptions.gapAnalysisDays, scale);
  const implementationDays = times(band.implementationDays, scale);
  const gapFee = times(gapDays, approach.externalShare.gapAnalysis * approach.dayRate);
  const implementationFee = times(implementationDays, approach.externalShare.implementation * approach.dayRate);
  // Work the organization no longer buys is done by staff, more slowly than by a specialist.
  const movedDays = map(gapDays, (days, end) =>
    (days * (1 - approach.externalShare.gapAnalysis) +
      implementationDays[end] * (1 - approach.externalShare.implementation)) *
    assumptions.staffDaysPerConsultantDay,
  );
  const toolSaving = input.grcTool ? 1 - assumptions.grcTool.internalEffortReduction : 1;
  // SOC 2 needs only the controls ISO 27001 does not already cover: 20 % of the work at 80 % overlap (low end),
  // 30 % at 70 % (high end).
  const soc2Share: Range = input.soc2
    ? { low: 1 - assumptions.soc2.sharedControls.high, high: 1 - assumptions.soc2.sharedControls.low }
    : { low: 0, high: 0 };
  const staff = (days: Range): Range => map(days, (value, end) => Math.round(value * toolSaving * (1 + soc2Share[end])));

  const lineItems = [
    item('gap-analysis', gapFee, 'once, before certification', 1, 1),
    item('implementation', implementationFee, 'once, before certification', 1, 1),
    item('certification-audit', times(fees.certification, (auditorDays.initial / reference.initial) * body), 'once, to certify', 1, 1),
    item('surveillance', times(fees.surveillance, (auditorDays.surveillance / reference.surveillance) * body), 'each of years 2 and 3', 0, 2),
    item('recertification', times(fees.recertification, (auditorDays.recertification / reference.recertification) * body), 'end of year 3', 0, 1),
  ];
  if (input.grcTool) lineItems.push(item('grc-tool', times(assumptions.grcTool.annualPrice, scale), 'every year', 1, 3));
  if (input.soc2) {
    const consulting = map(gapFee, (value, end) => (value + implementationFee[end]) * soc2Share[end]);
    lineItems.push(item('soc2-readiness', consulting, 'once, alongside ISO 27001', 1, 1));
    lineItems.push(item('soc2-audit', times(assumptions.soc2.auditPerYear, scale), 'every year', 1, 3));
  }

  const internalDays = staff(map(band.internalDays, (days, end) => days * scale + movedDays[end]));
  const ongoingInternalDays = staff(times(assumptions.internal.ongoingDaysPerYear, scale));
  const internalCost = map(internalDays, (days) => roundMoney(days * assumptions.internal.dayRate));
  const ongoingInternalCost = map(ongoingInternalDays, (days) => roundMoney(days * assumptions.internal.dayRate));
  const initialIds: LineItemId[] = ['gap-analysis', 'implementation', 'certification-audit'];

  // Bigger scopes take longer to implement and evidence; smaller ones keep the guide's band, since operation
  // and the audits do not shrink with size.
  const doublings = Math.max(0, Math.log2(scale));
  const months = map(band.months, (value, end) =>
    roundHalf(value + doublings * assumptions.timeline.monthsPerDoublingOfScope[end] + approach.extraMonths[end]),
  );

  return {
    auditorDays,
    lineItems,
    initial: total(lineItems.filter((line) => initialIds.includes(line.id)), () => 1, { low: 0, high: 0 }),
    internalDays,
    internalCost,
    ongoingInternalDays,
    ongoingInternalCost,
    firstYear: total(lineItems, (line) => line.timesInFirstYear, internalCost),
    threeYear: total(lineItems, (line) => line.timesInThreeYears, map(internalCost, (cost, end) => cost + 2 * ongoingInternalCost[end])),
    months,
  };
}
