/**
 * The kiosk's storage: results kept with a visitor's consent, sealed so that only the operator PIN opens them,
 * and the operator's settings (idle time, PIN hash, wrong-PIN backoff, the vault). A visitor's in-progress
 * answers never come here: they live in lib/kiosk/machine.ts state.
 *
 * Everything about the PIN fails closed: a damaged PIN record never reads as "no PIN", a damaged backoff
 * record never reads as "no wrong tries", and a result that cannot be sealed is not kept.
 */
import {
  afterWrongPin,
  checkPinFormat,
  createVault,
  defaultIdleSeconds,
  hashPin,
  IdleSecondsSchema,
  KeptVisitSchema,
  noPinAttempts,
  openVault,
  PinAttemptsSchema,
  PinHashSchema,
  pinRetryAt,
  rewrapVault,
  seal,
  SealedVisitSchema,
  unseal,
  VaultSchema,
  verifyPin,
  type KeptVisit,
  type PinAttempts,
  type PinHash,
  type SealedVisit,
  type Vault,
  type VaultOptions,
} from '../kiosk';
import type { KioskResultRecord, ReadinessDatabase } from './database';
import { kioskIdleSecondsKey, kioskPinAttemptsKey, kioskPinKey, kioskVaultKey, writeSetting } from './settings';

/**
 * A damaged backoff record counts as this many wrong tries: the right PIN still opens at once, but a wrong one
 * waits the longest delay, so damaging the record cannot buy free guesses.
 */
const attemptsWhenDamaged: PinAttempts = { failed: 8, lockedUntil: 0 };

/** Whether an operator PIN exists: 'damaged' when a record is there but cannot be read. */
export type PinState = 'none' | 'set' | 'damaged';

export interface KioskSettings {
  idleSeconds: number;
  pinState: PinState;
  /** Present when pinState is 'set'. */
  pin?: PinHash;
  /** The key pair visitors' results are sealed for; absent until a PIN is set (or an older PIN is next used). */
  vault?: Vault;
  /** A vault record exists but cannot be read: nothing new can be kept, and what was kept cannot be opened. */
  vaultDamaged: boolean;
  attempts: PinAttempts;
}

/** Each setting checked. A missing idle time reads as its default; PIN, vault and backoff fail closed. */
export async function readKioskSettings(db: ReadinessDatabase): Promise<KioskSettings> {
  const [idle, pin, attempts, vault] = await db.settings.bulkGet([kioskIdleSecondsKey, kioskPinKey, kioskPinAttemptsKey, kioskVaultKey]);
  const idleSeconds = IdleSecondsSchema.safeParse(idle?.value);
  const pinHash = PinHashSchema.safeParse(pin?.value);
  const pinAttempts = PinAttemptsSchema.safeParse(attempts?.value);
  const storedVault = VaultSchema.safeParse(vault?.value);
  // A vault without its PIN record means the PIN record went missing: locked, not open.
  const pinState: PinState = pinHash.success ? 'set' : pin === undefined && vault === undefined ? 'none' : 'damaged';
  return {
    idleSeconds: idleSeconds.success ? idleSeconds.data : defaultIdleSeconds,
    pinState,
    ...(pinHash.success ? { pin: pinHash.data } : {}),
    ...(storedVault.success ? { vault: storedVault.data } : {}),
    vaultDamaged: vault !== undefined && !storedVault.success,
    attempts: attempts === undefined ? noPinAttempts : pinAttempts.success ? pinAttempts.data : attemptsWhenDamaged,
  };
}

/** Whether the kiosk can offer visitors to keep their result: only when it can seal it for the operator. */
export function canKeepResults(settings: KioskSettings): boolean {
  return settings.pinState === 'set' && settings.vault !== undefined;
}

export class KioskNotReadyError extends Error {
  constructor() {
    super('This kiosk cannot keep results until the operator has set a PIN in Settings.');
    this.name = 'KioskNotReadyError';
  }
}

/** Seals the visit for the operator and stores it; never stores it in the clear. */
export async function keepKioskResult(db: ReadinessDatabase, visit: KeptVisit): Promise<void> {
  const settings = await readKioskSettings(db);
  if (!canKeepResults(settings)) throw new KioskNotReadyError();
  const record: SealedVisit = { id: visit.id, keptAt: visit.keptAt, sealed: await seal(settings.vault!, visit) };
  await db.kioskResults.add(record);
}

/** Newest first, as stored: sealed, or plain when an older version kept them. */
export async function listKioskResults(db: ReadinessDatabase): Promise<KioskResultRecord[]> {
  return db.kioskResults.orderBy('keptAt').reverse().toArray();
}

export interface OpenedResults {
  visits: KeptVisit[];
  /** Records this key cannot open or that are damaged: counted, never shown half-read. */
  unreadable: number;
}

/** What the operator sees once unlocked. */
export async function openKioskResults(records: readonly KioskResultRecord[], operatorKey: CryptoKey): Promise<OpenedResults> {
  const visits: KeptVisit[] = [];
  let unreadable = 0;
  for (const record of records) {
    const sealed = SealedVisitSchema.safeParse(record);
    const value = sealed.success ? await unseal(operatorKey, sealed.data.sealed) : record;
    const visit = KeptVisitSchema.safeParse(value);
    if (visit.success && visit.data.id === record.id) visits.push(visit.data as KeptVisit);
    else unreadable += 1;
  }
  return { visits, unreadable };
}

/** Seals the results an older version kept in the clear. Needs only the public key. */
export async function sealPlainResults(db: ReadinessDatabase, vault: Vault): Promise<number> {
  const plain = (await db.kioskResults.toArray()).filter((record) => !('sealed' in record));
  const sealed: SealedVisit[] = [];
  for (const record of plain) sealed.push({ id: record.id, keptAt: record.keptAt, sealed: await seal(vault, record) });
  // Web Crypto is done before the transaction starts: inside it, only Dexie calls are awaited.
  await db.transaction('rw', db.kioskResults, async () => {
    for (const record of sealed) {
      const current = await db.kioskResults.get(record.id);
      if (current && !('sealed' in current)) await db.kioskResults.put(record);
    }
  });
  return sealed.length;
}

export async function deleteAllKioskResults(db: ReadinessDatabase): Promise<void> {
  await db.kioskResults.clear();
}

export type SettingChange = { ok: true } | { ok: false; error: string };

export async function setKioskIdleSeconds(db: ReadinessDatabase, seconds: number): Promise<SettingChange> {
  const checked = IdleSecondsSchema.safeParse(seconds);
  if (!checked.success) return { ok: false, error: checked.error.issues[0]!.message };
  await writeSetting(db, kioskIdleSecondsKey, checked.data);
  return { ok: true };
}

export type PinCheck =
  /** `operatorKey` opens the kept results; absent only when the vault is damaged. */
  | { ok: true; operatorKey?: CryptoKey }
  | { ok: false; reason: 'no-pin' | 'format' | 'damaged'; error: string }
  /** `retryAt` is set when the next try must wait. */
  | { ok: false; reason: 'wrong' | 'locked'; error: string; retryAt?: number };

export const damagedPinText =
  'The stored operator PIN is damaged, so the operator panel stays locked. Reset the operator PIN in the extension’s Settings.';

/** The PIN is right when it matches the hash, or, with the hash damaged, when it opens the vault. */
async function verifyOperator(pin: string, settings: KioskSettings): Promise<boolean> {
  if (settings.pin) return verifyPin(pin, settings.pin);
  return settings.vault ? (await openVault(settings.vault, pin)) !== undefined : false;
}

/**
 * Checks the operator's PIN, slowed down after wrong ones. The try counts as wrong before the slow hash runs,
 * and is cleared only when the PIN proves right: reloading the page mid-check cannot skip the backoff. A right
 * PIN also opens the vault (creating it the first time after an upgrade, and sealing older plain results).
 */
export async function tryOperatorPin(db: ReadinessDatabase, pin: string, now = Date.now(), options: VaultOptions = {}): Promise<PinCheck> {
  const format = checkPinFormat(pin);
  if (!format.ok) return { ok: false, reason: 'format', error: format.error };
  const gate = await db.transaction('rw', db.settings, async () => {
    const settings = await readKioskSettings(db);
    if (settings.pinState === 'none') return { settings };
    const retryAt = pinRetryAt(settings.attempts, now);
    if (retryAt !== undefined) return { settings, retryAt };
    const counted = afterWrongPin(settings.attempts, now);
    await writeSetting(db, kioskPinAttemptsKey, counted);
    return { settings, counted };
  });
  const { settings } = gate;
  if (settings.pinState === 'none') return { ok: false, reason: 'no-pin', error: 'No operator PIN is set yet.' };
  if (settings.pinState === 'damaged' && !settings.vault) return { ok: false, reason: 'damaged', error: damagedPinText };
  if (gate.retryAt !== undefined) return { ok: false, reason: 'locked', error: 'Too many wrong PINs.', retryAt: gate.retryAt };
  if (!(await verifyOperator(pin, settings))) {
    const retryAt = gate.counted ? pinRetryAt(gate.counted, now) : undefined;
    return { ok: false, reason: 'wrong', error: 'That PIN is not right.', ...(retryAt ? { retryAt } : {}) };
  }
  await writeSetting(db, kioskPinAttemptsKey, noPinAttempts);
  const operatorKey = await unlockVault(db, settings, pin, options);
  return { ok: true, ...(operatorKey ? { operatorKey } : {}) };
}

async function unlockVault(db: ReadinessDatabase, settings: KioskSettings, pin: string, options: VaultOptions): Promise<CryptoKey | undefined> {
  if (settings.vaultDamaged) return undefined;
  let vault = settings.vault;
  if (!vault) {
    vault = await createVault(pin, options);
    await writeSetting(db, kioskVaultKey, vault);
  }
  const key = await openVault(vault, pin);
  if (key) await sealPlainResults(db, vault);
  return key;
}

/**
 * Sets the first PIN, or changes it when the current one is right. The vault keeps its key pair under the new
 * PIN, so every result kept before stays readable.
 */
export async function setOperatorPin(
  db: ReadinessDatabase,
  newPin: string,
  currentPin: string,
  now = Date.now(),
  options: VaultOptions = {},
): Promise<PinCheck> {
  const format = checkPinFormat(newPin);
  if (!format.ok) return { ok: false, reason: 'format', error: format.error };
  const settings = await readKioskSettings(db);
  let vault: Vault;
  if (settings.pinState === 'none' && !settings.vault && !settings.vaultDamaged) {
    vault = await createVault(newPin, options);
  } else {
    const check = await tryOperatorPin(db, currentPin, now, options);
    if (!check.ok) return check;
    const current = (await readKioskSettings(db)).vault;
    if (!current || !check.operatorKey) {
      return { ok: false, reason: 'damaged', error: 'The stored kiosk key is damaged. Reset the operator PIN to start afresh.' };
    }
    vault = await rewrapVault(current, check.operatorKey, newPin, options);
  }
  const hash = await hashPin(newPin, options.iterations ? { iterations: options.iterations } : {});
  await db.transaction('rw', db.settings, async () => {
    await writeSetting(db, kioskPinKey, hash);
    await writeSetting(db, kioskVaultKey, vault);
    await writeSetting(db, kioskPinAttemptsKey, noPinAttempts);
  });
  return { ok: true };
}

/**
 * For a forgotten or damaged PIN: removes the PIN, the vault and every kept result, which nobody can open
 * without the old PIN anyway. The kiosk then keeps nothing until a new PIN is set.
 */
export async function resetOperatorPin(db: ReadinessDatabase): Promise<void> {
  await db.transaction('rw', db.settings, db.kioskResults, async () => {
    await db.settings.bulkDelete([kioskPinKey, kioskVaultKey, kioskPinAttemptsKey]);
    await db.kioskResults.clear();
  });
}
