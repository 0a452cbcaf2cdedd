/**
 * Backup and restore of every assessment (DESIGN §9): one JSON file with the same rules as a single export
 * (lib/exports/json.ts), a larger size limit, and ids that must be unique. Restoring it into the database is
 * lib/db's job; this file only writes and reads the text.
 */
import type { StoredAnswers } from '../answers';
import { loadCatalog } from '../catalog';
import type { AssessmentRecord } from '../assessment';
import { z } from '../zod';
import { AssessmentRecordSchema, type ImportedAssessment } from './assessment-schema';
import { readJson, schemaError, upgrade, type FileFormat, type Migrations } from './file-guard';
import { envelopeFields, type ImportOptions } from './json';

export const backupFormat: FileFormat = {
  id: 'iso27001-readiness/backup',
  name: 'backup',
  formatVersion: 1,
  // A thousand full assessments with notes on every item stay well below this.
  maxChars: 50_000_000,
};

/** Format 1 is the first published backup format: nothing to upgrade yet (see assessmentMigrations). */
export const backupMigrations: Migrations = {};

export const maxBackupAssessments = 10_000;

export interface BackupEntry {
  assessment: AssessmentRecord;
  answers: StoredAnswers;
}

export type BackupFileResult =
  | { ok: true; assessments: ImportedAssessment[]; catalogVersion: string; exportedAt: string }
  | { ok: false; error: string };

/** Every assessment, deleted ones (still within undo) included, so a restore gives back exactly what was. */
export function toBackupJson(entries: readonly BackupEntry[], catalogVersion: string, now: number): string {
  const envelope = {
    format: backupFormat.id,
    formatVersion: backupFormat.formatVersion,
    exportedAt: new Date(now).toISOString(),
    catalogVersion,
    assessments: entries.map(({ assessment, answers }) => ({ assessment, answers })),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

function parse(text: string, { catalog = loadCatalog(), migrations = backupMigrations, formatVersion }: ImportOptions): BackupFileResult {
  const format = { ...backupFormat, formatVersion: formatVersion ?? backupFormat.formatVersion };
  const read = readJson(text, format);
  if (!read.ok) return read;
  const upgraded = upgrade(read.value, format, migrations);
  if (!upgraded.ok) return upgraded;
  const { answers, ...fields } = envelopeFields(catalog);
  const entry = z.strictObject({ assessment: AssessmentRecordSchema, answers });
  const schema = z
    .strictObject({
      format: z.literal(backupFormat.id),
      ...fields,
      assessments: z.array(entry).max(maxBackupAssessments),
    })
    .superRefine((backup, context) => {
      const seen = new Set<string>();
      for (const [at, { assessment }] of backup.assessments.entries()) {
        if (seen.has(assessment.id)) {
          context.addIssue({ code: 'custom', path: ['assessments', at, 'assessment', 'id'], message: `duplicate assessment id "${assessment.id}"` });
        }
        seen.add(assessment.id);
      }
    });
  const result = schema.safeParse(upgraded.value);
  if (!result.success) return { ok: false, error: schemaError(backupFormat.name, result.error) };
  const { assessments, catalogVersion, exportedAt } = result.data;
  return {
    ok: true,
    assessments: assessments.map(({ assessment, answers: stored }) => ({ record: assessment, answers: stored })),
    catalogVersion,
    exportedAt,
  };
}

/** Reads a backup. Never throws: anything unexpected becomes a message. */
export function parseBackupFile(text: string, options: ImportOptions = {}): BackupFileResult {
  try {
    return parse(text, options);
  } catch (error) {
    return { ok: false, error: `The backup could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}
