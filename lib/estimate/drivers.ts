/**
 * What each driver did to the estimate, in figures and in plain words.
 *
 * Drivers are applied one at a time, starting from the guide's reference profile, in the order size first
 * (headcount, sites, scope), then maturity, then the organization's choices; each driver's change is the step
 * it causes. So the changes add up exactly to "your estimate minus the guide's", which a user can check line
 * by line. Drivers interact (a premium body costs more on a bigger audit), and the order decides which driver
 * a shared part is counted under: the choice is counted on top of the size.
 */
import {
  approachLabels,
  certificationBodyLabels,
  maturityLabels,
  scopeLabels,
  type MaturityBand,
  type Range,
} from '../../data/cost-model';
import { defaultLocale } from '../../data/currencies';
import { formatsFor, type Formats } from '../locale/formats';
import type { Assumptions } from './assumptions';
import { referenceProfile, type ResolvedEstimateInput } from './input';
import { computeFigures, type Figures } from './model';

export const driverIds = [
  'headcount',
  'sites',
  'scope',
  'maturity',
  'certification-body',
  'approach',
  'grc-tool',
  'soc2',
] as const;
export type DriverId = (typeof driverIds)[number];

const driverInputs: Record<DriverId, keyof ResolvedEstimateInput> = {
  headcount: 'employees',
  sites: 'sites',
  scope: 'scope',
  maturity: 'maturity',
  'certification-body': 'certificationBody',
  approach: 'approach',
  'grc-tool': 'grcTool',
  soc2: 'soc2',
};

const driverLabels: Record<DriverId, string> = {
  headcount: 'Headcount',
  sites: 'Sites',
  scope: 'ISMS scope',
  maturity: 'Maturity',
  'certification-body': 'Certification body',
  approach: 'Approach',
  'grc-tool': 'GRC tool',
  soc2: 'SOC 2',
};

export interface Driver {
  id: DriverId;
  label: string;
  /** The profile has the reference value here: the changes are zero. */
  atReference: boolean;
  /** Plain words: "Premium global certification body, audit fees ×1.4: +$6,000 to +$16,000 in the first year, …". */
  effect: string;
  /** Changes at the low and at the high end of each range. */
  firstYear: Range;
  threeYear: Range;
  months: Range;
  internalDays: Range;
}

const percent = (share: number): string => `${Math.round(share * 100)} %`;

function signed(value: number, format: (magnitude: number) => string): string {
  if (value === 0) return format(0);
  return `${value > 0 ? '+' : '−'}${format(Math.abs(value))}`;
}

/** Smaller change first ("+2 to +3 months", "−$12,000 to −$55,000"), whichever end of the range it belongs to. */
function change(range: Range, format: (magnitude: number) => string): string {
  const sameSign = Math.sign(range.low) === Math.sign(range.high);
  const [first, second] = [range.low, range.high].sort((a, b) => (sameSign ? Math.abs(a) - Math.abs(b) : a - b));
  const from = signed(first!, format);
  const to = signed(second!, format);
  return from === to ? from : `${from} to ${to}`;
}

const difference = (after: Range, before: Range): Range => ({
  low: after.low - before.low,
  high: after.high - before.high,
});
const isZero = (range: Range): boolean => range.low === 0 && range.high === 0;
const span = (range: Range, format: (value: number) => string): string =>
  range.low === range.high ? format(range.low) : `${format(range.low)}–${format(range.high)}`;

/** The band a readiness score falls in: thirds of the scale, split halfway between the bands' own scores. */
export function maturityBandOf(score: number, bands: Assumptions['maturity']): MaturityBand {
  if (score < (bands.scratch.score + bands.moderate.score) / 2) return 'scratch';
  if (score < (bands.moderate.score + bands.mature.score) / 2) return 'moderate';
  return 'mature';
}

/** Gap analysis + implementation support: what an organization pays people outside it to build the ISMS. */
function consultingFees(figures: Figures): Range {
  const consulting = figures.lineItems.filter((line) => line.id === 'gap-analysis' || line.id === 'implementation');
  return consulting.reduce((sum, line) => ({ low: sum.low + line.low, high: sum.high + line.high }), { low: 0, high: 0 });
}

interface Step {
  id: DriverId;
  /** Money in the rate card's currency, numbers in the reader's locale. */
  formats: Formats;
  profile: ResolvedEstimateInput;
  before: Figures;
  after: Figures;
  atReference: boolean;
}

/** What the driver is set to, in words, with the figure it moved first. */
function describe({ id, profile, before, after, atReference, formats }: Step, assumptions: Assumptions): string {
  const plain = formats.number;
  const money = formats.money;
  const auditorDays = `${plain(after.auditorDays.initial)} auditor-days`;
  const days = atReference ? '' : `, ${auditorDays} instead of ${plain(before.auditorDays.initial)}`;
  switch (id) {
    case 'headcount': {
      const people = `${plain(profile.employees)} employees`;
      if (atReference) return `${people}, ${auditorDays} (the guide's mid-market reference)`;
      return `${people}${days}`;
    }
    case 'sites': {
      if (atReference) return 'One site';
      const visited = after.sitesVisited;
      const sample =
        `the body visits ${visited.initial} at the initial audit (√${profile.sites}, rounded up), ` +
        `${visited.surveillance} at each surveillance audit and ${visited.recertification} at recertification, ` +
        `each for its share of the ${plain(profile.employees)} people`;
      return `${profile.sites} sites${days}: ${sample}; consulting and staff effort do not change with sites`;
    }
    case 'scope':
      return `${scopeLabels[profile.scope]}${days}`;
    case 'maturity': {
      const { maturity } = profile;
      const months = `${span(after.months, plain)} months to Stage 2`;
      if (typeof maturity === 'string') return `${maturityLabels[maturity]}, ${months}`;
      const band = maturityLabels[maturityBandOf(maturity, assumptions.maturity)].toLowerCase();
      return `Readiness score ${percent(maturity)} (${band}), ${months}`;
    }
    case 'certification-body': {
      const multiplier = assumptions.certificationBodyMultiplier[profile.certificationBody];
      const label = certificationBodyLabels[profile.certificationBody];
      return atReference ? label : `${label}, audit fees ×${plain(multiplier)}`;
    }
    case 'approach': {
      if (atReference) return approachLabels[profile.approach];
      const fees = `${span(consultingFees(after), money)} instead of ${span(consultingFees(before), money)}`;
      return `${approachLabels[profile.approach]}, consulting fees ${fees}`;
    }
    case 'grc-tool': {
      const tool = after.lineItems.find((line) => line.id === 'grc-tool');
      if (!tool) return 'No GRC tool';
      const saving = percent(assumptions.grcTool.internalEffortReduction);
      return `GRC tool at ${span(tool, money)} a year, saving ${saving} of staff effort`;
    }
    case 'soc2': {
      if (!profile.soc2) return 'ISO 27001 only';
      const shared = span(assumptions.soc2.sharedControls, (share) => `${Math.round(share * 100)}`);
      return `SOC 2 alongside ISO 27001, ${shared} % of controls shared`;
    }
  }
}

function driver(step: Step, assumptions: Assumptions): Driver {
  const { id, before, after, atReference, formats } = step;
  const changes = {
    firstYear: difference(after.firstYear, before.firstYear),
    threeYear: difference(after.threeYear, before.threeYear),
    months: difference(after.months, before.months),
    internalDays: difference(after.internalDays, before.internalDays),
  };
  const parts = [
    isZero(changes.firstYear) ? '' : `${change(changes.firstYear, formats.money)} in the first year`,
    isZero(changes.threeYear) ? '' : `${change(changes.threeYear, formats.money)} over three years`,
    isZero(changes.months) ? '' : `${change(changes.months, formats.number)} months`,
    isZero(changes.internalDays) ? '' : `${change(changes.internalDays, formats.number)} staff person-days`,
  ].filter(Boolean);
  const unchanged = atReference ? 'no change from the guide' : 'no change to cost or time';
  const consequence = parts.length ? parts.join(', ') : unchanged;
  return {
    id,
    label: driverLabels[id],
    atReference,
    effect: `${describe(step, assumptions)}: ${consequence}`,
    ...changes,
  };
}

/**
 * Every driver's step from the reference profile to `input`, and the figures for `input` itself. The words
 * use `formats` (by default US number formats in the rate card's own currency).
 */
export function attributeDrivers(
  input: ResolvedEstimateInput,
  assumptions: Assumptions,
  formats: Formats = formatsFor({ locale: defaultLocale, currency: assumptions.currency }),
): { drivers: Driver[]; figures: Figures } {
  const reference = referenceProfile(assumptions);
  let profile = reference;
  let before = computeFigures(profile, assumptions);
  const drivers = driverIds.map((id) => {
    const key = driverInputs[id];
    profile = { ...profile, [key]: input[key] };
    const after = computeFigures(profile, assumptions);
    const result = driver({ id, profile, before, after, atReference: input[key] === reference[key], formats }, assumptions);
    before = after;
    return result;
  });
  return { drivers, figures: before };
}
