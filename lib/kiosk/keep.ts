/**
 * "Keep my results": the visitor's consent, the contact fields and the one record written when they agree,
 * and that record as a CSV table for the operator. Nothing here is stored unless the form parses.
 */
import type { Level } from '../answers';
import type { Question } from '../catalog';
import type { CsvCell } from '../exports/csv';
import type { KioskAnswers } from './machine';
import type { VisitSummary } from './visit';
import type { Certainty, Verdict } from '../scoring';
import { SealedSchema, type Sealed } from './vault';
import { z } from '../zod';

/** A new wording needs a new version: each record says which text its visitor agreed to. */
export const consentVersion = 'kiosk-consent-1';
export const consentText =
  'I agree that the team running this stand may keep my answers, my readiness result and the contact details ' +
  'above, and use them only to contact me about ISO 27001. I can ask them at any time to delete this.';

export const KeepFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter your name.')
    .max(100, 'Your name is too long (100 characters at most).')
    // Zero-width and other invisible characters survive trim(): a name needs a letter or a digit someone can read.
    .refine((name) => /[\p{L}\p{N}]/u.test(name), 'Enter your name: this one has no letters anyone could read.'),
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address, so the team can reach you.')
    .pipe(z.email('Enter a valid email address, like name@example.com.')),
  organization: z.string().trim().max(120, 'The organization name is too long (120 characters at most).'),
  consent: z.literal(true, { error: 'Tick the box to agree, or go back to leave without keeping anything.' }),
});

export interface KeepForm {
  name: string;
  email: string;
  organization: string;
  consent: boolean;
}

export type KeepFormErrors = Partial<Record<keyof KeepForm, string>>;
export type KeepFormResult = { ok: true; contact: KeptContact } | { ok: false; errors: KeepFormErrors };

export interface KeptContact {
  name: string;
  email: string;
  organization?: string;
}

export function parseKeepForm(form: KeepForm): KeepFormResult {
  const result = KeepFormSchema.safeParse(form);
  if (result.success) {
    const { name, email, organization } = result.data;
    return { ok: true, contact: { name, email, ...(organization ? { organization } : {}) } };
  }
  const errors: KeepFormErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof KeepForm;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The one record a consenting visitor leaves behind, as the operator reads it once the PIN has opened it. */
export interface KeptVisit {
  id: string;
  keptAt: number;
  contact: KeptContact;
  consent: { version: string; text: string };
  /** Quick-scan question id → level, as given. */
  answers: Record<string, Level>;
  overall: number | null;
  /** Share of requirements covered, 0–1; absent from results kept before it was recorded. */
  coverage?: number;
  verdict: Verdict;
  /** Absent from results kept before it was recorded: those rest on a quick scan, so read them as indicative. */
  certainty?: Certainty;
  /** The size the visitor picked for the cost band, if any. */
  employees?: number;
}

export function keptVisit(
  contact: KeptContact,
  answers: KioskAnswers,
  summary: VisitSummary,
  employees: number | undefined,
  id: string,
  now: number,
): KeptVisit {
  return {
    id,
    keptAt: now,
    contact,
    consent: { version: consentVersion, text: consentText },
    answers: { ...answers },
    overall: summary.overall,
    coverage: summary.coverage,
    verdict: summary.verdict,
    certainty: summary.certainty,
    ...(employees === undefined ? {} : { employees }),
  };
}

/**
 * One row per kept visit, one column per quick-scan question, then one per retired question that a visit kept
 * before a catalog update answered; readiness and coverage in whole percent.
 */
export function keptVisitsTable(
  visits: readonly KeptVisit[],
  questions: readonly Question[],
  retiredQuestions: readonly Question[] = [],
): CsvCell[][] {
  const answeredRetired = retiredQuestions.filter((question) => visits.some((visit) => Object.hasOwn(visit.answers, question.id)));
  const columns = [...questions, ...answeredRetired];
  const header = [
    'Kept at (UTC)',
    'Name',
    'Organization',
    'Email',
    'Readiness %',
    'Coverage %',
    'Verdict',
    'Certainty',
    'Headcount picked',
    'Consent version',
    // The question as the visitor read it: an operator opening the file in a spreadsheet cannot read our ids.
    ...columns.map((question, index) => `${index < questions.length ? `Q${index + 1}` : 'Retired question'}: ${question.text}`),
  ];
  const rows = visits.map((visit) => [
    new Date(visit.keptAt).toISOString(),
    visit.contact.name,
    visit.contact.organization ?? '',
    visit.contact.email,
    visit.overall === null ? '' : Math.round(visit.overall * 100),
    visit.coverage === undefined ? '' : Math.round(visit.coverage * 100),
    visit.verdict,
    visit.certainty ?? 'indicative',
    visit.employees ?? '',
    visit.consent.version,
    ...columns.map((question) => visit.answers[question.id] ?? ''),
  ]);
  return [header, ...rows];
}

/**
 * A kept visit as stored: only its id and time in the clear, everything the visitor gave (contact, answers,
 * result) sealed for the operator (lib/kiosk/vault.ts).
 */
export interface SealedVisit {
  id: string;
  keptAt: number;
  sealed: Sealed;
}

export const SealedVisitSchema = z.strictObject({ id: z.string().min(1).max(100), keptAt: z.number(), sealed: SealedSchema });

const levelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('na'), z.literal('dont-know')]);

/** Checks what unsealing (or an older, unsealed record) gives before the operator's table shows it. */
export const KeptVisitSchema = z.strictObject({
  id: z.string().min(1).max(100),
  keptAt: z.number(),
  contact: z.strictObject({ name: z.string().max(200), email: z.string().max(320), organization: z.string().max(200).optional() }),
  consent: z.strictObject({ version: z.string().max(100), text: z.string().max(2000) }),
  answers: z.record(z.string().max(100), levelSchema),
  overall: z.number().min(0).max(1).nullable(),
  coverage: z.number().min(0).max(1).optional(),
  verdict: z.enum(['not-ready', 'stage1-ready', 'stage2-ready']),
  certainty: z.enum(['confirmed', 'indicative']).optional(),
  employees: z.number().int().positive().optional(),
});
