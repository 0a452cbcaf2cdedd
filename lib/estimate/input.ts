/**
 * What the user tells the estimator (DESIGN §10), and the border it crosses first. Form fields arrive as text,
 * so `parseEstimateInput` reads numbers out of them and turns blank fields into "not given" before the schema
 * speaks; every message names the field and the values it accepts.
 */
import {
  approaches,
  certificationBodies,
  maturityBands,
  scopes,
  type Approach,
  type CertificationBody,
  type MaturityBand,
  type Scope,
} from '../../data/cost-model';
import type { Assumptions } from './assumptions';
import { parseHeadcount } from '../headcount';
import { z } from '../zod';

/** A named band, or the assessment's own 0–1 readiness score. */
export type MaturityInput = MaturityBand | number;

export interface EstimateInput {
  employees: number;
  maturity: MaturityInput;
  sites?: number;
  scope?: Scope;
  certificationBody?: CertificationBody;
  approach?: Approach;
  grcTool?: boolean;
  soc2?: boolean;
}

export type ResolvedEstimateInput = Required<EstimateInput>;

// Past these, the figures would mean nothing: the headcount table is extrapolated, and site sampling rules change.
export const maxEmployees = 1_000_000;
export const maxSites = 500;

const headcountMessage = 'Headcount must be a whole number of at least 1';
const maturityMessage = 'Maturity must be mature, moderate, scratch or a readiness score between 0 and 1';
const sitesMessage = `Sites must be a whole number between 1 and ${maxSites}`;

function oneOf<const T extends readonly [string, ...string[]]>(values: T, field: string) {
  return z.enum(values, { error: `${field} must be one of: ${values.join(', ')}` });
}

function yesNo(field: string) {
  return z.boolean({ error: `${field} must be true or false` });
}

export const EstimateInputSchema = z.strictObject(
  {
    employees: z
      .number({ error: (issue) => (issue.input === undefined ? 'Headcount is required' : headcountMessage) })
      .int(headcountMessage)
      .min(1, headcountMessage)
      .max(maxEmployees, `Headcount must be at most ${maxEmployees.toLocaleString('en-US')}`),
    maturity: z.union([z.enum(maturityBands), z.number().min(0, maturityMessage).max(1, maturityMessage)], {
      error: (issue) => (issue.input === undefined ? 'Maturity is required' : maturityMessage),
    }),
    sites: z
      .number({ error: sitesMessage })
      .int(sitesMessage)
      .min(1, sitesMessage)
      .max(maxSites, sitesMessage)
      .default(1),
    scope: oneOf(scopes, 'Scope').default('typical'),
    certificationBody: oneOf(certificationBodies, 'Certification body').default('standard'),
    approach: oneOf(approaches, 'Approach').default('consultant'),
    grcTool: yesNo('GRC tool').default(false),
    soc2: yesNo('SOC 2').default(false),
  },
  {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return `Unknown field: ${issue.keys.join(', ')}`;
      if (issue.code === 'invalid_type') return 'The estimate needs its driver values (headcount, maturity, …)';
      return undefined;
    },
  },
) satisfies z.ZodType<ResolvedEstimateInput>;

/** The profile the guide's figures describe: the estimate reproduces its table exactly here. */
export function referenceProfile(assumptions: Assumptions): ResolvedEstimateInput {
  return {
    employees: assumptions.reference.employees,
    maturity: 'moderate',
    sites: 1,
    scope: 'typical',
    certificationBody: 'standard',
    approach: 'consultant',
    grcTool: false,
    soc2: false,
  };
}

export type EstimateInputResult = { ok: true; input: ResolvedEstimateInput } | { ok: false; errors: string[] };

const numericFields = new Set(['employees', 'sites', 'maturity']);
const decimal = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const groupedThousands = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Form text to values: "" and null are "not given", "1,200" and "0.6" are numbers, the rest is for the schema.
 * A typed headcount is read as people write it ("1.000" is a thousand); what cannot be read says why.
 */
function fromFormValues(raw: unknown): { values: unknown; headcountProblem?: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { values: raw };
  let headcountProblem: string | undefined;
  const entries = Object.entries(raw).flatMap(([key, value]): Array<[string, unknown]> => {
    if (value === null) return [];
    if (typeof value !== 'string') return [[key, value]];
    const text = value.trim();
    if (text === '') return [];
    if (key === 'employees') {
      const headcount = parseHeadcount(text);
      if (headcount.ok) return [[key, headcount.value]];
      headcountProblem = headcount.error;
      return [[key, text]];
    }
    if (!numericFields.has(key)) return [[key, text]];
    const plain = groupedThousands.test(text) ? text.replaceAll(',', '') : text;
    return [[key, decimal.test(plain) ? Number(plain) : text]];
  });
  return { values: Object.fromEntries(entries), headcountProblem };
}

/** Checks driver values from a form or storage; never throws. */
export function parseEstimateInput(raw: unknown): EstimateInputResult {
  const { values, headcountProblem } = fromFormValues(raw);
  const result = EstimateInputSchema.safeParse(values);
  if (result.success) return { ok: true, input: result.data };
  const messages = result.error.issues.map((issue) => (issue.path[0] === 'employees' && headcountProblem ? headcountProblem : issue.message));
  return { ok: false, errors: [...new Set(messages)] };
}
