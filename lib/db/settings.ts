/**
 * Small named settings shared by every page (the current assessment, later the rate card and kiosk setup).
 */
import type { ReadinessDatabase } from './database';

export const currentAssessmentKey = 'current-assessment';

export async function readSetting<T>(db: ReadinessDatabase, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function writeSetting(db: ReadinessDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function deleteSetting(db: ReadinessDatabase, key: string): Promise<void> {
  await db.settings.delete(key);
}

// The kiosk's settings; lib/db/kiosk.ts reads them through their schemas (kept out of here so that pages
// without a kiosk do not load the schemas).
export const kioskIdleSecondsKey = 'kiosk-idle-seconds';
export const kioskPinKey = 'kiosk-pin';
export const kioskPinAttemptsKey = 'kiosk-pin-attempts';
export const kioskVaultKey = 'kiosk-vault';
