/**
 * Checks what a person types when creating or editing an assessment, with messages they can act on.
 */
import { hasVisibleText } from './visible-text';

export const maxEmployees = 1_000_000;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseHeadcount(text: string): Parsed<number> {
  const trimmed = text.trim().replace(/[,\s_]/g, '');
  const value = Number(trimmed);
  if (!trimmed || !Number.isInteger(value) || value < 1 || value > maxEmployees) {
    return { ok: false, error: 'Headcount must be a whole number of people, from 1 to 1,000,000.' };
  }
  return { ok: true, value };
}

export function parseOrganization(text: string): Parsed<string> {
  const value = text.trim();
  if (!hasVisibleText(value)) return { ok: false, error: 'Give the organization a name.' };
  if (value.length > 200) return { ok: false, error: 'Keep the organization name under 200 characters.' };
  return { ok: true, value };
}
