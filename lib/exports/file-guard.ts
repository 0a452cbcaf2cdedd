/**
 * The first border an imported file crosses, before any schema sees it: a size limit, JSON.parse in a try, then
 * one walk that refuses a list or object wider than the format allows before looking inside it, a key that could
 * pollute a prototype (`__proto__`, `constructor`, `prototype`) and nesting past a limit; then the format's
 * migration chain. Refusing a file thus costs about what parsing it costs: nothing walks or validates millions of
 * entries. Pure and synchronous: it reads text and returns data or a message.
 */
import type { z } from '../zod';
import { describeIssues, placeInFile } from './file-problems';

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
  /** The most entries any one list or object in the file may hold, checked before anything looks inside it. */
  maxEntries: number;
}

/** Far deeper than any real export (a backup answer sits at depth 5), far shallower than a stack can hold. */
export const maxDepth = 16;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Container {
  value: object;
  depth: number;
  parent?: Container;
  /** A list's entries by number, an object's by name. */
  key?: string | number;
}

/** "the note of the answer to “A.8.13”", built only for a message: the walk itself keeps no paths. */
function placeOf(container: Container): string {
  const keys: Array<string | number> = [];
  for (let at: Container | undefined = container; at?.key !== undefined; at = at.parent) keys.push(at.key);
  return placeInFile(keys.reverse());
}

const count = (amount: number) => amount.toLocaleString('en-US');
/** "an assessment export", "a backup". */
const named = (format: FileFormat) => `${/^[aeiou]/i.test(format.name) ? 'an' : 'a'} ${format.name}`;

/**
 * Walks the parsed value with an explicit stack (no recursion), stopping at the first thing wrong. Only lists and
 * objects are visited, and each one's width is checked before its entries are.
 */
function unsafeStructure(root: unknown, format: FileFormat): string | undefined {
  if (typeof root !== 'object' || root === null) return undefined;
  const stack: Container[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const container = stack.pop()!;
    const { value, depth } = container;
    if (depth >= maxDepth) return `The file is nested more than ${maxDepth} levels deep (in ${placeOf(container)}).`;
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const width = keys ? keys.length : (value as unknown[]).length;
    if (width > format.maxEntries) {
      const what = keys ? 'an object' : 'a list';
      return `The file has ${what} of ${count(width)} entries (in ${placeOf(container)}); ${named(format)} holds at most ${count(format.maxEntries)}.`;
    }
    const visit = (key: string | number, child: unknown) => {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1, parent: container, key });
    };
    if (keys) {
      for (const key of keys) {
        if (forbiddenKeys.has(key)) return `The file contains the key "${key}" (in ${placeOf(container)}), which is never part of an export.`;
        visit(key, (value as Record<string, unknown>)[key]);
      }
    } else {
      (value as unknown[]).forEach((child, at) => visit(at, child));
    }
  }
  return undefined;
}

/** Size, JSON syntax, prototype keys and depth: whether the text is safe to hand to a schema. */
export function readJson(text: string, format: FileFormat): Checked<unknown> {
  if (text.length > format.maxChars) {
    return { ok: false, error: `The file is too large (${megabytes(text.length)}); ${named(format)} is at most ${megabytes(format.maxChars)}.` };
  }
  // Some editors save UTF-8 with a byte order mark, which JSON.parse refuses.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (json.trim() === '') return { ok: false, error: 'The file is empty.' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    // The parser's own reason ("Unexpected token … at position 4096") says nothing a person can act on.
    return {
      ok: false,
      error: /^\s*[[{]/.test(json)
        ? `The file is not valid JSON: it starts like ${named(format)} but is damaged or cut off. Export it again and choose the new file.`
        : `The file is not valid JSON, so it is not ${named(format)} from this tool. Choose the .json file the extension saved.`,
    };
  }
  const unsafe = unsafeStructure(data, format);
  return unsafe ? { ok: false, error: unsafe } : { ok: true, value: data };
}

/** Checks the envelope's format and runs the migrations from its version up to the current one. */
export function upgrade(data: unknown, format: FileFormat, migrations: Migrations): Checked<unknown> {
  if (!isRecord(data)) return { ok: false, error: `This is not ${named(format)}: the file should hold a JSON object.` };
  if (data.format !== format.id) {
    const found = typeof data.format === 'string' ? `"${data.format.slice(0, 80)}"` : 'missing';
    return { ok: false, error: `This is not ${named(format)}: its "format" is ${found}, expected "${format.id}".` };
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

/** A schema's verdict in plain words: the first problem, named as the user knows the file, and how many more. */
export function schemaError(name: string, error: z.ZodError): string {
  return describeIssues(`${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`, error.issues);
}
