/**
 * The arithmetic of the estimate for one profile, with no attribution to drivers (lib/estimate/drivers.ts) and
 * no phases (lib/estimate/phases.ts).
 *
 * One idea carries the size drivers: certification bodies size an audit in auditor-days from headcount and
 * scope, so the ratio of a profile's one-site auditor-days to the reference profile's (`scale`) is how much
 * bigger its ISMS is. Sites are sampled (IAF MD 1) and change only the audits. Audit fees scale with their own
 * auditor-days; consulting days, staff effort, the tool and SOC 2 scale with `scale`. At the reference every ratio is exactly 1, so the guide's figures come back untouched.
 */
import {
  lineItemLabels,
  moneyRoundingUsd,
  type ApproachModel,
  type LineItemId,
  type MaturityBandModel,
  type Range,
} from '../../data/cost-model';
import type { Assumptions } from './assumptions';
import { referenceProfile, type MaturityInput, type ResolvedEstimateInput } from './input';

export interface AuditorDays {
  /** Stage 1 + Stage 2. */
  initial: number;
  /** Each of years 2 and 3. */
  surveillance: number;
  /** End of year 3. */
  recertification: number;
}

/** Sites the body visits at each kind of audit (IAF MD 1 sampling); 1 each for one site. */
export type SitesVisited = Record<keyof AuditorDays, number>;

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
  sitesVisited: SitesVisited;
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

/** Sites a body visits at one audit: ⌈factor × √sites⌉ (IAF MD 1), at least one and never more than there are. */
export function sampledSites(sites: number, factor: number): number {
  // The small tolerance keeps 0.6 × √25 at 3 visits, not 4, whatever the floating point says.
  return Math.min(sites, Math.max(1, Math.ceil(factor * Math.sqrt(sites) - 1e-9)));
}

type AuditKind = keyof AuditorDays;

/**
 * Auditor-days before scope and rounding for `sites` sites: the visited sample, each site taking its share of the
 * table's time for its part of the headcount, and never less than one site holding everyone. Rounding up the sample while
 * each site's share shrinks can make a site more need fewer days (5 sites, 3 visited, to 6, still 3); a quote
 * never drops for a site more, so the figure is the most any count up to `sites` needs.
 */
function siteDays(employees: number, sites: number, factor: number, model: Assumptions['auditorDays']): number {
  const single = tableAuditorDays(employees, model);
  let most = single;
  for (let count = 2; count <= sites; count += 1) {
    const perSite = tableAuditorDays(Math.ceil(employees / count), model) * model.siteSampling.siteShare;
    most = Math.max(most, sampledSites(count, factor) * perSite);
  }
  return most;
}

/**
 * Bodies quote half days, so every figure is rounded to one; never below half a day, which also keeps the
 * reference a safe divisor whatever the assumptions say. Surveillance and recertification take their share of
 * the time their own sample needs; at one site that is a share of the initial audit.
 */
export function auditorDaysFor(input: ResolvedEstimateInput, model: Assumptions['auditorDays']): AuditorDays {
  const scope = model.scopeMultiplier[input.scope];
  const sampling = model.siteSampling;
  const atAudit = (kind: AuditKind) => Math.max(0.5, roundHalf(siteDays(input.employees, input.sites, sampling[kind], model) * scope));
  const initial = atAudit('initial');
  return {
    initial,
    surveillance: Math.max(0.5, roundHalf(atAudit('surveillance') * model.surveillanceShare)),
    recertification: Math.max(0.5, roundHalf(atAudit('recertification') * model.recertificationShare)),
  };
}

/** The initial audit's days as if everyone sat at one site: the size of the ISMS, which sets the work to build it. */
function sizeDays(input: ResolvedEstimateInput, model: Assumptions['auditorDays']): number {
  return Math.max(0.5, roundHalf(tableAuditorDays(input.employees, model) * model.scopeMultiplier[input.scope]));
}

function sitesVisitedFor(sites: number, sampling: Assumptions['auditorDays']['siteSampling']): SitesVisited {
  return {
    initial: sampledSites(sites, sampling.initial),
    surveillance: sampledSites(sites, sampling.surveillance),
    recertification: sampledSites(sites, sampling.recertification),
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
  return {
    months: between('months'),
    implementationDays: between('implementationDays'),
    internalDays: between('internalDays'),
  };
}

function item(id: LineItemId, range: Range, when: string, timesInFirstYear: number, timesInThreeYears: number): LineItem {
  return { id, label: lineItemLabels[id], when, timesInFirstYear, timesInThreeYears, ...map(range, roundMoney) };
}

function total(items: LineItem[], count: (item: LineItem) => number, extra: Range): Range {
  return items.reduce((sum, line) => map(sum, (value, end) => value + line[end] * count(line)), extra);
}

/** What every part of the model needs to know about one profile. */
interface Profile {
  input: ResolvedEstimateInput;
  assumptions: Assumptions;
  auditorDays: AuditorDays;
  reference: AuditorDays;
  scale: number;
  band: BandFigures;
  approach: ApproachModel;
}

/** The guide's two consulting lines, and the consultant-days that staff do instead when they are not bought. */
function consulting({ assumptions, scale, band, approach }: Profile) {
  const gapDays = times(assumptions.gapAnalysisDays, scale);
  const implementationDays = times(band.implementationDays, scale);
  const { gapAnalysis, implementation } = approach.externalShare;
  const movedDays = map(gapDays, (days, end) =>
    (days * (1 - gapAnalysis) + implementationDays[end] * (1 - implementation)) * assumptions.staffDaysPerConsultantDay,
  );
  return {
    gapFee: times(gapDays, gapAnalysis * approach.dayRate),
    implementationFee: times(implementationDays, implementation * approach.dayRate),
    movedDays,
  };
}

/** Each audit's fee is the guide's at the reference, times its own auditor-days ratio and the body's multiplier. */
function audits({ input, assumptions, auditorDays, reference }: Profile): LineItem[] {
  const fees = assumptions.auditFeesAtReference;
  const body = assumptions.certificationBodyMultiplier[input.certificationBody];
  const fee = (range: Range, audit: AuditKind) => times(range, (auditorDays[audit] / reference[audit]) * body);
  return [
    item('certification-audit', fee(fees.certification, 'initial'), 'once, to certify', 1, 1),
    item('surveillance', fee(fees.surveillance, 'surveillance'), 'each of years 2 and 3', 0, 2),
    item('recertification', fee(fees.recertification, 'recertification'), 'end of year 3', 0, 1),
  ];
}

/**
 * SOC 2 needs only the controls ISO 27001 does not already cover: 20 % more work at 80 % overlap (the low end),
 * 30 % at 70 % (the high end).
 */
function soc2Share({ input, assumptions }: Profile): Range {
  const shared = assumptions.soc2.sharedControls;
  return input.soc2 ? { low: 1 - shared.high, high: 1 - shared.low } : { low: 0, high: 0 };
}

/** Staff person-days, first year and each later year, after the tool's saving and SOC 2's extra work. */
function staffDays(profile: Profile, movedDays: Range) {
  const { input, assumptions, scale, band } = profile;
  const toolSaving = input.grcTool ? 1 - assumptions.grcTool.internalEffortReduction : 1;
  const extra = soc2Share(profile);
  const staff = (days: Range): Range => map(days, (value, end) => Math.round(value * toolSaving * (1 + extra[end])));
  return {
    firstYear: staff(map(band.internalDays, (days, end) => days * scale + movedDays[end])),
    ongoing: staff(times(assumptions.internal.ongoingDaysPerYear, scale)),
  };
}

/**
 * The band's months, plus the approach's, plus time for a bigger scope. Smaller scopes keep the guide's band:
 * operation and the audits do not shrink with size.
 */
function timeline({ assumptions, scale, band, approach }: Profile): Range {
  const doublings = Math.max(0, Math.log2(scale));
  const perDoubling = assumptions.timeline.monthsPerDoublingOfScope;
  return map(band.months, (value, end) => roundHalf(value + doublings * perDoubling[end] + approach.extraMonths[end]));
}

export function computeFigures(input: ResolvedEstimateInput, assumptions: Assumptions): Figures {
  const auditorDays = auditorDaysFor(input, assumptions.auditorDays);
  const reference = auditorDaysFor(referenceProfile(assumptions), assumptions.auditorDays);
  const profile: Profile = {
    input,
    assumptions,
    auditorDays,
    reference,
    // Sites change what the audits cost, not the work of building the ISMS: the scale is the one-site size.
    scale: sizeDays(input, assumptions.auditorDays) / sizeDays(referenceProfile(assumptions), assumptions.auditorDays),
    band: maturityFigures(input.maturity, assumptions.maturity),
    approach: assumptions.approaches[input.approach],
  };
  const { gapFee, implementationFee, movedDays } = consulting(profile);
  const [certification, ...laterAudits] = audits(profile);
  const initialItems = [
    item('gap-analysis', gapFee, 'once, before certification', 1, 1),
    item('implementation', implementationFee, 'once, before certification', 1, 1),
    certification!,
  ];
  const lineItems = [...initialItems, ...laterAudits];
  if (input.grcTool) {
    lineItems.push(item('grc-tool', times(assumptions.grcTool.annualPrice, profile.scale), 'every year', 1, 3));
  }
  if (input.soc2) {
    const share = soc2Share(profile);
    const readiness = map(gapFee, (value, end) => (value + implementationFee[end]) * share[end]);
    lineItems.push(item('soc2-readiness', readiness, 'once, alongside ISO 27001', 1, 1));
    lineItems.push(item('soc2-audit', times(assumptions.soc2.auditPerYear, profile.scale), 'every year', 1, 3));
  }

  const days = staffDays(profile, movedDays);
  const cost = (range: Range) => map(range, (value) => roundMoney(value * assumptions.internal.dayRate));
  const internalCost = cost(days.firstYear);
  const ongoingInternalCost = cost(days.ongoing);
  const staffOverThreeYears = map(internalCost, (value, end) => value + 2 * ongoingInternalCost[end]);
  return {
    auditorDays,
    sitesVisited: sitesVisitedFor(input.sites, assumptions.auditorDays.siteSampling),
    lineItems,
    initial: total(initialItems, () => 1, { low: 0, high: 0 }),
    internalDays: days.firstYear,
    internalCost,
    ongoingInternalDays: days.ongoing,
    ongoingInternalCost,
    firstYear: total(lineItems, (line) => line.timesInFirstYear, internalCost),
    threeYear: total(lineItems, (line) => line.timesInThreeYears, staffOverThreeYears),
    months: timeline(profile),
  };
}
