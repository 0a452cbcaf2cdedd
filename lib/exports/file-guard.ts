/**
 * The first border an imported file crosses, before any schema sees it: a size limit, JSON.parse in a try, no
 * key that could pollute a prototype (`__proto__`, `constructor`, `prototype`) at any depth, a nesting limit,
 * then the format's migration chain. Pure and synchronous: it reads text and returns data or a message.
 */
import { z } from '../zod';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** Upgrades an export of format version n (the key) to version n + 1. */
export type Migrations = Readonly<Record<number, (data: unknown) => unknown>>;

export interface FileFormat {
  /** The envelope's `format` value, e.g. "iso27001-readiness/assessment". */
  id: string;
  /** What to call the file in messages: "assessment export". */
  name: string;
  formatVersion: number;
  /** In characters of text; the file is refused unread above it. */
  maxChars: number;
}

/** Far deeper than any real export (a backup answer sits at depth 5), far shallower than a stack can hold. */
export const maxDepth = 16;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const maxIssuesShown = 8;

function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Walks the parsed value with an explicit stack (no recursion), stopping at the first thing wrong. */
function unsafeStructure(root: unknown): string | undefined {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: root, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) return `The file is nested more than ${maxDepth} levels deep (at ${path}).`;
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (forbiddenKeys.has(key)) return `The file contains the key "${key}" (at ${at}), which is never part of an export.`;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: at });
    }
  }
  return undefined;
}

/** Size, JSON syntax, prototype keys and depth: whether the text is safe to hand to a schema. */
export function readJson(text: string, format: FileFormat): Checked<unknown> {
  if (text.length > format.maxChars) {
    return { ok: false, error: `The file is too large (${megabytes(text.length)}); an ${format.name} is at most ${megabytes(format.maxChars)}.` };
  }
  // Some editors save UTF-8 with a byte order mark, which JSON.parse refuses.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (json.trim() === '') return { ok: false, error: 'The file is empty.' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The file is not valid JSON, so it may be damaged or cut off (${reason}).` };
  }
  const unsafe = unsafeStructure(data);
  return unsafe ? { ok: false, error: unsafe } : { ok: true, value: data };
}

/** Checks the envelope's format and runs the migrations from its version up to the current one. */
export function upgrade(data: unknown, format: FileFormat, migrations: Migrations): Checked<unknown> {
  if (!isRecord(data)) return { ok: false, error: `This is not an ${format.name}: the file should hold a JSON object.` };
  if (data.format !== format.id) {
    const found = typeof data.format === 'string' ? `"${data.format.slice(0, 80)}"` : 'missing';
    return { ok: false, error: `This is not an ${format.name}: its "format" is ${found}, expected "${format.id}".` };
  }
  let version = data.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `The ${format.name} has no valid "formatVersion" (a whole number from 1).` };
  }
  if (version > format.formatVersion) {
    return {
      ok: false,
      error: `The file comes from a newer version of the extension (format ${version}; this one reads up to ${format.formatVersion}). Update the extension and try again.`,
    };
  }
  let current: unknown = data;
  while (version < format.formatVersion) {
    const migrate = migrations[version];
    if (!migrate) return { ok: false, error: `Format version ${version} of the ${format.name} can no longer be read.` };
    try {
      current = migrate(current);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: `Upgrading the file from format version ${version} failed: ${reason}` };
    }
    if (!isRecord(current) || current.formatVersion !== version + 1) {
      return { ok: false, error: `Upgrading the file from format version ${version} did not give version ${version + 1}.` };
    }
    version += 1;
  }
  return { ok: true, value: current };
}

/** A schema's verdict in words: the first few problems, each with where it is, and how many more there are. */
export function schemaError(name: string, error: z.ZodError): string {
  const shown = z.prettifyError({ issues: error.issues.slice(0, maxIssuesShown) });
  const more = error.issues.length - maxIssuesShown;
  return `The ${name} does not have the expected content:\n${shown}${more > 0 ? `\n…and ${more} more problems.` : ''}`;
}
