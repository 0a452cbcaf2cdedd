/**
 * Import, backup (with the rate card and the brand), restore and delete-all, bound to the page's database for components. Files are read by
 * lib/exports/ (loaded only when a file is chosen, so no page carries the parsers at start) and stored by
 * lib/db/transfer.ts; nothing is written unless the whole file passed.
 */
import { parseBrand, toStoredBrand } from '../brand';
import type { Catalog } from '../catalog';
import type { BackupSettings } from '../exports/backup';
import type { FileFormat } from '../exports/file-guard';
import { restoreWithSettings, type SettingOutcome } from '../db/backup-settings';
import type { AssessmentRecord, ReadinessDatabase } from '../db/database';
import { readSetting } from '../db/settings';
import type { DatabaseHandle } from './live';
import { parseAssumptions } from '../estimate';
import {
  deleteAllAssessments,
  importAssessment,
  readBackup,
  restoreAssessments,
  type RestoreCounts,
} from '../db/transfer';
import { assumptionsKey } from './assumptions';
import { brandKey } from './brand';
import { attemptWrite } from './write-problem';

export type { RestoreCounts } from '../db/transfer';

export type ImportOutcome = { ok: true; record: AssessmentRecord; answers: number } | { ok: false; error: string };
/** What became of each setting the backup carried: absent when the backup did not carry it. */
export interface SettingsRestored {
  rateCard?: SettingOutcome;
  brand?: SettingOutcome;
}

export type RestoreOutcome = { ok: true; counts: RestoreCounts; total: number; settings: SettingsRestored } | { ok: false; error: string };

/** The rate card and the brand, when the user has set them and they are still valid. */
async function backupSettings(db: ReadinessDatabase): Promise<BackupSettings> {
  const [rateCard, brand] = await Promise.all([readSetting<unknown>(db, assumptionsKey), readSetting<unknown>(db, brandKey)]);
  const assumptions = rateCard === undefined ? undefined : parseAssumptions(rateCard);
  const parsedBrand = brand === undefined ? undefined : parseBrand(brand);
  return {
    ...(assumptions?.ok ? { rateCard: assumptions.assumptions } : {}),
    ...(parsedBrand?.ok ? { brand: parsedBrand.value } : {}),
  };
}

export type Transfer = ReturnType<typeof createTransfer>;

export type RestoreProgress =
  | { step: 'reading' }
  | { step: 'checking'; checked: number; total: number }
  | { step: 'restoring'; total: number };

const megabytes = (size: number) => `${(size / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

/**
 * The file's text, unless it is so large that it cannot be a valid file: a UTF-16 code unit takes at most three
 * bytes of UTF-8, so above three bytes per allowed character the parser's own limit is certainly exceeded, and
 * the file is refused before it is read into memory at all.
 */
async function readText(file: Blob, format: FileFormat): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > format.maxChars * 3) {
    return { ok: false, error: `The file is too large (${megabytes(file.size)}); ${/^[aeiou]/i.test(format.name) ? 'an' : 'a'} ${format.name} is at most ${megabytes(format.maxChars)}.` };
  }
  return { ok: true, text: await file.text() };
}

export function createTransfer(db: DatabaseHandle, clock: () => number = Date.now) {
  return {
    /** Reads an assessment export and adds it under a new id; a bad file changes nothing. */
    async importFile(file: Blob, catalog: Catalog): Promise<ImportOutcome> {
      const { assessmentFormat, parseAssessmentFile } = await import('../exports/json');
      const read = await readText(file, assessmentFormat);
      if (!read.ok) return read;
      const parsed = parseAssessmentFile(read.text, { catalog });
      if (!parsed.ok) return parsed;
      const stored = await attemptWrite('The imported assessment', async () => importAssessment(await db, parsed.assessment, clock()));
      if (!stored.ok) return stored;
      return { ok: true, record: stored.value, answers: Object.keys(parsed.assessment.answers).length };
    },
    /**
     * The backup file's text: every assessment with its answers, but for stored records too damaged to read
     * (the page names those, and offers them apart), so that the file restores.
     */
    async backupJson(catalogVersion: string): Promise<{ text: string; count: number; settings: BackupSettings }> {
      const [{ toBackupJson }, { readableEntries }, entries, settings] = await Promise.all([
        import('../exports/backup'),
        import('../stored-records'),
        readBackup(await db),
        backupSettings(await db),
      ]);
      const { readable } = readableEntries(entries);
      return { text: toBackupJson(readable, catalogVersion, clock(), settings), count: readable.length, settings };
    },
    /**
     * Reads a backup and adds what is not already here; a bad file changes nothing. The assessments are checked a
     * slice at a time, handing the page back between slices, and `onProgress` hears how far it got.
     */
    async restoreFile(file: Blob, catalog: Catalog, onProgress?: (progress: RestoreProgress) => void): Promise<RestoreOutcome> {
      const { backupFormat, parseBackupFileInSlices } = await import('../exports/backup');
      onProgress?.({ step: 'reading' });
      const read = await readText(file, backupFormat);
      if (!read.ok) return read;
      const parsed = await parseBackupFileInSlices(read.text, { catalog }, {
        onProgress: (checked, total) => onProgress?.({ step: 'checking', checked, total }),
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      });
      if (!parsed.ok) return parsed;
      onProgress?.({ step: 'restoring', total: parsed.assessments.length });
      const { rateCard, brand } = parsed.settings;
      const settings = [
        ...(rateCard ? [{ key: assumptionsKey, value: rateCard }] : []),
        ...(brand ? [{ key: brandKey, value: toStoredBrand(brand) }] : []),
      ];
      const restored = await attemptWrite('The restored backup', async () => restoreWithSettings(await db, parsed.assessments, settings, clock()));
      if (!restored.ok) return restored;
      return {
        ok: true,
        counts: restored.value.counts,
        total: parsed.assessments.length,
        settings: {
          ...(rateCard ? { rateCard: restored.value.settings[assumptionsKey] } : {}),
          ...(brand ? { brand: restored.value.settings[brandKey] } : {}),
        },
      };
    },
    deleteAll: async (): Promise<string[]> => deleteAllAssessments(await db, clock()),
    /** Whether they are back (a failure is on the page's banner). */
    undoDeleteAll: async (ids: readonly string[]): Promise<boolean> =>
      (await attemptWrite('Bringing the assessments back', async () => restoreAssessments(await db, ids))).ok,
  };
}
