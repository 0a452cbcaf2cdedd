/**
 * Checks the intake as a person fills it in: every ISO certificate needs the day it was issued, a real day, not
 * in the future and not before its edition was published. Each problem is named against its own field, and
 * nothing is stored until all pass.
 */
import { parseIsoDate } from '../calendar';
import {
  certificationKinds,
  certificationLabels,
  needsIssueDate,
  type CertificationKind,
  type FrameworkKind,
  type Intake,
  type RegulationDecision,
} from './intake';

/** What the form holds: one entry per certification kind ticked, with the date typed (possibly empty). */
export interface IntakeInput {
  certifications: Partial<Record<CertificationKind, { issued: string }>>;
  frameworks: FrameworkKind[];
  nis2?: RegulationDecision;
  dora?: RegulationDecision;
}

/** The day each edition of ISO/IEC 27001 was published: no certificate to it can be older. */
export const editionPublished: Partial<Record<CertificationKind, string>> = {
  'iso27001-2022': '2022-10-25',
  'iso27001-2013': '2013-09-25',
};

export type IntakeCheck =
  | { ok: true; intake: Intake }
  | { ok: false; errors: Partial<Record<CertificationKind, string>> };

function checkIssued(kind: CertificationKind, text: string, today: string): string | undefined {
  const label = certificationLabels[kind];
  const trimmed = text.trim();
  if (!trimmed) return needsIssueDate(kind) ? `Give the day the ${label} was issued: the audit cycle runs from it.` : undefined;
  if (!parseIsoDate(trimmed)) return `The date of the ${label} is not a real day (use the date picker, or YYYY-MM-DD).`;
  if (trimmed > today) return `The ${label} cannot be dated in the future.`;
  const published = editionPublished[kind];
  if (published && trimmed < published) return `The ${label} cannot be older than that edition of the standard itself.`;
  return undefined;
}

/** `today` is "YYYY-MM-DD" (UTC), passed in so the check is a pure function. */
export function checkIntake(input: IntakeInput, today: string): IntakeCheck {
  const errors: Partial<Record<CertificationKind, string>> = {};
  const certifications: Intake['certifications'] = [];
  for (const kind of certificationKinds) {
    const entry = input.certifications[kind];
    if (!entry) continue;
    const error = checkIssued(kind, entry.issued, today);
    if (error) errors[kind] = error;
    else certifications.push(entry.issued.trim() ? { kind, issued: entry.issued.trim() } : { kind });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    intake: {
      certifications,
      frameworks: [...new Set(input.frameworks)],
      ...(input.nis2 ? { nis2: input.nis2 } : {}),
      ...(input.dora ? { dora: input.dora } : {}),
    },
  };
}

/** The form's starting point for an intake already stored (or none). */
export function inputOf(intake: Intake | undefined): IntakeInput {
  const input: IntakeInput = { certifications: {}, frameworks: [...(intake?.frameworks ?? [])] };
  for (const certification of intake?.certifications ?? []) input.certifications[certification.kind] = { issued: certification.issued ?? '' };
  if (intake?.nis2) input.nis2 = intake.nis2;
  if (intake?.dora) input.dora = intake.dora;
  return input;
}

/** Today as "YYYY-MM-DD" in UTC, the form the checks compare against. */
export function dayOf(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}
