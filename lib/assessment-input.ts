/**
 * Checks what a person types when creating or editing an assessment, with messages they can act on.
 */
import { hasVisibleText } from './visible-text';

export { maxEmployees, parseHeadcount } from './headcount';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseOrganization(text: string): Parsed<string> {
  const value = text.trim();
  if (!hasVisibleText(value)) return { ok: false, error: 'Give the organization a name.' };
  if (value.length > 200) return { ok: false, error: 'Keep the organization name under 200 characters.' };
  return { ok: true, value };
}
