/**
 * Backup and restore of every assessment (DESIGN §9): one JSON file with the same rules as a single export
 * (lib/exports/json.ts), a larger size limit, and ids that must be unique. Since format 2 it also carries the
 * settings a consultant would hate to lose: the rate card (cost assumptions) and the brand. Restoring it into
 * the database is lib/db's job; this file only writes and reads the text.
 */
import type { StoredAnswers } from '../answers';
import { BrandFileSchema, toBrandFile, type Brand } from '../brand';
import { loadCatalog } from '../catalog';
import { AssumptionsSchema, type Assumptions } from '../estimate';
import type { AssessmentRecord } from '../assessment';
import { z } from '../zod';
import { AssessmentRecordSchema, type ImportedAssessment } from './assessment-schema';
import { readJson, schemaError, upgrade, type FileFormat, type Migrations } from './file-guard';
import { envelopeFields, type ImportOptions } from './json';

export const maxBackupAssessments = 10_000;

export const backupFormat: FileFormat = {
  id: 'iso27001-readiness/backup',
  name: 'backup',
  formatVersion: 2,
  // A thousand full assessments with notes on every item stay well below this.
  maxChars: 50_000_000,
  // The widest list in a backup is its assessments.
  maxEntries: maxBackupAssessments,
};

/** Format 1 had no settings: it reads as a format-2 backup without any. */
export const backupMigrations: Migrations = {
  1: (data) => ({ ...(data as object), formatVersion: 2, settings: {} }),
};

export interface BackupEntry {
  assessment: AssessmentRecord;
  answers: StoredAnswers;
}

/** The settings a backup carries; each only when the user had set it. */
export interface BackupSettings {
  rateCard?: Assumptions;
  brand?: Brand;
}

export type BackupFileResult =
  | { ok: true; assessments: ImportedAssessment[]; settings: BackupSettings; catalogVersion: string; exportedAt: string }
  | { ok: false; error: string };

/** Every assessment, deleted ones (still within undo) included, so a restore gives back exactly what was. */
export function toBackupJson(entries: readonly BackupEntry[], catalogVersion: string, now: number, settings: BackupSettings = {}): string {
  const envelope = {
    format: backupFormat.id,
    formatVersion: backupFormat.formatVersion,
    exportedAt: new Date(now).toISOString(),
    catalogVersion,
    settings: {
      ...(settings.rateCard ? { rateCard: settings.rateCard } : {}),
      ...(settings.brand ? { brand: toBrandFile(settings.brand) } : {}),
    },
    assessments: entries.map(({ assessment, answers }) => ({ assessment, answers })),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** How many assessments are checked between two pauses of a sliced check. */
const sliceSize = 50;

interface Progress {
  checked: number;
  total: number;
}

/**
 * The backup's checks as steps: the envelope at once (its list of assessments only counted), then the
 * assessments a slice at a time, yielding progress after each slice. Run through in one go or with pauses.
 */
function* checkBackup(text: string, { catalog = loadCatalog(), migrations = backupMigrations, formatVersion }: ImportOptions): Generator<Progress, BackupFileResult> {
  const format = { ...backupFormat, formatVersion: formatVersion ?? backupFormat.formatVersion };
  const read = readJson(text, format);
  if (!read.ok) return read;
  const upgraded = upgrade(read.value, format, migrations);
  if (!upgraded.ok) return upgraded;
  const { answers, ...fields } = envelopeFields(catalog);
  const envelope = z
    .strictObject({
      format: z.literal(backupFormat.id),
      ...fields,
      settings: z.strictObject({ rateCard: AssumptionsSchema.optional(), brand: BrandFileSchema.optional() }),
      assessments: z.array(z.unknown()).max(maxBackupAssessments),
    })
    .safeParse(upgraded.value);
  if (!envelope.success) return { ok: false, error: schemaError(backupFormat.name, envelope.error) };
  const entry = z.strictObject({ assessment: AssessmentRecordSchema, answers });
  const { assessments: list, catalogVersion, exportedAt } = envelope.data;
  const settings = backupSettings(envelope.data.settings);
  const issues: z.core.$ZodIssue[] = [];
  const assessments: ImportedAssessment[] = [];
  const seen = new Set<string>();
  for (const [at, candidate] of list.entries()) {
    const result = entry.safeParse(candidate);
    if (!result.success) {
      issues.push(...result.error.issues.map((issue) => ({ ...issue, path: ['assessments', at, ...issue.path] })));
    } else {
      const { assessment, answers: stored } = result.data;
      if (seen.has(assessment.id)) {
        issues.push({ code: 'custom', input: assessment.id, path: ['assessments', at, 'assessment', 'id'], message: `is the same as an earlier assessment's (“${assessment.id.slice(0, 40)}”)` });
      }
      seen.add(assessment.id);
      assessments.push({ record: assessment, answers: stored });
    }
    if ((at + 1) % sliceSize === 0 || at + 1 === list.length) yield { checked: at + 1, total: list.length };
  }
  if (issues.length > 0) return { ok: false, error: schemaError(backupFormat.name, new z.ZodError(issues)) };
  return { ok: true, assessments, settings, catalogVersion, exportedAt };
}

/** The checked settings as the rest of the code uses them: the brand's logo as bytes, absent ones left out. */
function backupSettings({ rateCard, brand }: { rateCard?: Assumptions; brand?: z.output<typeof BrandFileSchema> }): BackupSettings {
  const { logo, ...fields } = brand ?? {};
  return {
    ...(rateCard ? { rateCard } : {}),
    ...(brand ? { brand: { ...(fields as Omit<Brand, 'logo'>), ...(logo ? { logo } : {}) } } : {}),
  };
}

const unreadable = (error: unknown): BackupFileResult => ({
  ok: false,
  error: `The backup could not be read (${error instanceof Error ? error.message : String(error)}).`,
});

export interface Slicing {
  /** Called after each slice of assessments is checked. */
  onProgress?: (checked: number, total: number) => void;
  /** Hands the page back between slices (in a page: a zero-delay timeout). */
  pause: () => Promise<void>;
}

/**
 * Reads a backup a slice at a time, pausing between slices so the page stays responsive while thousands of
 * assessments are checked. Same result as `parseBackupFile`. Never throws.
 */
export async function parseBackupFileInSlices(text: string, options: ImportOptions, { onProgress, pause }: Slicing): Promise<BackupFileResult> {
  try {
    const steps = checkBackup(text, options);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      onProgress?.(step.value.checked, step.value.total);
      await pause();
    }
  } catch (error) {
    return unreadable(error);
  }
}

/** Reads a backup. Never throws: anything unexpected becomes a message. */
export function parseBackupFile(text: string, options: ImportOptions = {}): BackupFileResult {
  try {
    const steps = checkBackup(text, options);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  } catch (error) {
    return unreadable(error);
  }
}
