/**
 * The settings a backup carries (the rate card and the brand), restored in the same transaction as the
 * assessments: everything or nothing. A setting is restored only where this browser has none; one that differs
 * from the backup's is kept, never overwritten, and the outcome says so.
 */
import type { ImportedAssessment } from '../exports/assessment-schema';
import type { ReadinessDatabase } from './database';
import { readSetting, writeSetting } from './settings';
import { restoreBackup, type RestoreCounts } from './transfer';

export interface SettingToRestore {
  key: string;
  /** As it is stored. */
  value: unknown;
}

export type SettingOutcome = 'restored' | 'unchanged' | 'kept-yours';

/** JSON with sorted keys and bytes as numbers, so two stored values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof Uint8Array) return Array.from(inner);
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return inner;
  });
}

export async function restoreWithSettings(
  db: ReadinessDatabase,
  entries: readonly ImportedAssessment[],
  settings: readonly SettingToRestore[],
  now = Date.now(),
): Promise<{ counts: RestoreCounts; settings: Record<string, SettingOutcome> }> {
  return db.transaction('rw', db.assessments, db.answers, db.settings, async () => {
    const counts = await restoreBackup(db, entries, now);
    const outcomes: Record<string, SettingOutcome> = {};
    for (const { key, value } of settings) {
      const stored = await readSetting<unknown>(db, key);
      if (stored === undefined) {
        await writeSetting(db, key, value);
        outcomes[key] = 'restored';
      } else outcomes[key] = canonical(stored) === canonical(value) ? 'unchanged' : 'kept-yours';
    }
    return { counts, settings: outcomes };
  });
}
