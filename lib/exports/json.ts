/**
 * The whole assessment as JSON (DESIGN §8): a versioned envelope that `parseAssessmentFile` reads back. The
 * parser never throws and never touches the database: it returns the record and answers, or a message naming
 * what is wrong, and leaves saving to lib/db. Older format versions pass through `assessmentMigrations` first.
 */
import type { StoredAnswers } from '../answers';
import { loadCatalog, type Catalog } from '../catalog';
import type { AssessmentRecord } from '../assessment';
import { z } from '../zod';
import { AssessmentRecordSchema, storedAnswersSchema, textLimits, type ImportedAssessment } from './assessment-schema';
import { readJson, schemaError, upgrade, type FileFormat, type Migrations } from './file-guard';

export const assessmentFormat: FileFormat = {
  id: 'iso27001-readiness/assessment',
  name: 'assessment export',
  formatVersion: 1,
  maxChars: 5_000_000,
  // Answers to every question of every depth are about 200 keys: far more than that is not an export.
  maxEntries: 1_000,
};

/**
 * Format 1 is the first published format, so there is nothing to upgrade yet. When format 2 comes, add
 * `1: (data) => …` returning a format-2 envelope. The chain itself is tested with migrations the test injects.
 */
export const assessmentMigrations: Migrations = {};

export interface AssessmentEnvelope {
  format: string;
  formatVersion: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  catalogVersion: string;
  assessment: AssessmentRecord;
  answers: StoredAnswers;
}

export interface ImportOptions {
  /** Answers must be keyed by this catalog's item and question ids; the bundled catalog unless given. */
  catalog?: Catalog;
  migrations?: Migrations;
  /** The newest format version this reader understands: the current one. Tests raise it to run migrations. */
  formatVersion?: number;
}

export type AssessmentFileResult =
  | { ok: true; assessment: ImportedAssessment; catalogVersion: string; exportedAt: string }
  | { ok: false; error: string };

export const envelopeFields = (catalog: Catalog) => ({
  formatVersion: z.number().int(),
  exportedAt: z.iso.datetime({ error: 'a date and time in ISO 8601 format' }),
  catalogVersion: z.string().min(1).max(textLimits.catalogVersion),
  answers: storedAnswersSchema(catalog),
});

/** An export of one assessment, without its deletion mark: imported, it is a live assessment again. */
export function toJson(assessment: AssessmentRecord, answers: StoredAnswers, catalogVersion: string, now: number): string {
  const { deletedAt: _deletedAt, ...record } = assessment;
  const envelope: AssessmentEnvelope = {
    format: assessmentFormat.id,
    formatVersion: assessmentFormat.formatVersion,
    exportedAt: new Date(now).toISOString(),
    catalogVersion,
    assessment: record,
    answers,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

function parse(text: string, { catalog = loadCatalog(), migrations = assessmentMigrations, formatVersion }: ImportOptions): AssessmentFileResult {
  const format = { ...assessmentFormat, formatVersion: formatVersion ?? assessmentFormat.formatVersion };
  const read = readJson(text, format);
  if (!read.ok) return read;
  const upgraded = upgrade(read.value, format, migrations);
  if (!upgraded.ok) return upgraded;
  const schema = z.strictObject({
    format: z.literal(assessmentFormat.id),
    ...envelopeFields(catalog),
    assessment: AssessmentRecordSchema,
  });
  const result = schema.safeParse(upgraded.value);
  if (!result.success) return { ok: false, error: schemaError(assessmentFormat.name, result.error) };
  const { assessment, answers, catalogVersion, exportedAt } = result.data;
  return { ok: true, assessment: { record: assessment, answers }, catalogVersion, exportedAt };
}

/** Reads an assessment export. Never throws: anything unexpected becomes a message. */
export function parseAssessmentFile(text: string, options: ImportOptions = {}): AssessmentFileResult {
  try {
    return parse(text, options);
  } catch (error) {
    return { ok: false, error: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}
