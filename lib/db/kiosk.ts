/**
 * The kiosk's storage: results kept with a visitor's consent, and the operator's settings (idle time, PIN
 * hash, wrong-PIN backoff). A visitor's in-progress answers never come here: they live in lib/kiosk/machine.ts state.
 */
import { defaultIdleSeconds, IdleSecondsSchema } from '../kiosk';
import {
  afterWrongPin,
  checkPinFormat,
  hashPin,
  noPinAttempts,
  PinAttemptsSchema,
  PinHashSchema,
  pinRetryAt,
  verifyPin,
  type PinAttempts,
  type PinHash,
} from '../kiosk';
import type { KioskResultRecord, ReadinessDatabase } from './database';
import { kioskIdleSecondsKey, kioskPinAttemptsKey, kioskPinKey, writeSetting } from './settings';

export async function keepKioskResult(db: ReadinessDatabase, record: KioskResultRecord): Promise<void> {
  await db.kioskResults.add(record);
}

/** Newest first. */
export async function listKioskResults(db: ReadinessDatabase): Promise<KioskResultRecord[]> {
  return db.kioskResults.orderBy('keptAt').reverse().toArray();
}

export async function deleteAllKioskResults(db: ReadinessDatabase): Promise<void> {
  await db.kioskResults.clear();
}

export interface KioskSettings {
  idleSeconds: number;
  /** Absent until the operator sets a PIN. */
  pin?: PinHash;
  attempts: PinAttempts;
}

/** Each setting checked: a damaged or missing value reads as its default. */
export async function readKioskSettings(db: ReadinessDatabase): Promise<KioskSettings> {
  const [idle, pin, attempts] = await db.settings.bulkGet([kioskIdleSecondsKey, kioskPinKey, kioskPinAttemptsKey]);
  const idleSeconds = IdleSecondsSchema.safeParse(idle?.value);
  const pinHash = PinHashSchema.safeParse(pin?.value);
  const pinAttempts = PinAttemptsSchema.safeParse(attempts?.value);
  return {
    idleSeconds: idleSeconds.success ? idleSeconds.data : defaultIdleSeconds,
    ...(pinHash.success ? { pin: pinHash.data } : {}),
    attempts: pinAttempts.success ? pinAttempts.data : noPinAttempts,
  };
}

export type SettingChange = { ok: true } | { ok: false; error: string };

export async function setKioskIdleSeconds(db: ReadinessDatabase, seconds: number): Promise<SettingChange> {
  const checked = IdleSecondsSchema.safeParse(seconds);
  if (!checked.success) return { ok: false, error: checked.error.issues[0]!.message };
  await writeSetting(db, kioskIdleSecondsKey, checked.data);
  return { ok: true };
}

export type PinCheck =
  | { ok: true }
  | { ok: false; reason: 'no-pin' | 'format'; error: string }
  /** `retryAt` is set when the next try must wait. */
  | { ok: false; reason: 'wrong' | 'locked'; error: string; retryAt?: number };

/**
 * Checks the operator's PIN, slowed down after wrong ones. The try counts as wrong before the slow hash runs,
 * and is cleared only when the PIN proves right: reloading the page mid-check cannot skip the backoff.
 */
export async function tryOperatorPin(db: ReadinessDatabase, pin: string, now = Date.now()): Promise<PinCheck> {
  const format = checkPinFormat(pin);
  if (!format.ok) return { ok: false, reason: 'format', error: format.error };
  const gate = await db.transaction('rw', db.settings, async () => {
    const { pin: stored, attempts } = await readKioskSettings(db);
    if (!stored) return { stored };
    const retryAt = pinRetryAt(attempts, now);
    if (retryAt !== undefined) return { stored, retryAt };
    const counted = afterWrongPin(attempts, now);
    await writeSetting(db, kioskPinAttemptsKey, counted);
    return { stored, counted };
  });
  if (!gate.stored) return { ok: false, reason: 'no-pin', error: 'No operator PIN is set yet.' };
  if (gate.retryAt !== undefined) {
    return { ok: false, reason: 'locked', error: 'Too many wrong PINs.', retryAt: gate.retryAt };
  }
  if (await verifyPin(pin, gate.stored)) {
    await writeSetting(db, kioskPinAttemptsKey, noPinAttempts);
    return { ok: true };
  }
  const retryAt = gate.counted ? pinRetryAt(gate.counted, now) : undefined;
  return { ok: false, reason: 'wrong', error: 'That PIN is not right.', ...(retryAt ? { retryAt } : {}) };
}

/** Sets the first PIN, or changes it when the current one is right. */
export async function setOperatorPin(
  db: ReadinessDatabase,
  newPin: string,
  currentPin: string,
  now = Date.now(),
): Promise<PinCheck> {
  const format = checkPinFormat(newPin);
  if (!format.ok) return { ok: false, reason: 'format', error: format.error };
  const { pin: stored } = await readKioskSettings(db);
  if (stored) {
    const check = await tryOperatorPin(db, currentPin, now);
    if (!check.ok) return check;
  }
  await writeSetting(db, kioskPinKey, await hashPin(newPin));
  await writeSetting(db, kioskPinAttemptsKey, noPinAttempts);
  return { ok: true };
}
