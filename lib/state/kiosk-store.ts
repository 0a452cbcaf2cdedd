/**
 * The kiosk's stored side, bound to the page's database for components: live settings, the PIN gate, the
 * operator's key while the panel is unlocked, and the results kept with consent. The rules live in
 * lib/db/kiosk.ts and lib/kiosk/.
 */
import { signal } from '@preact/signals';
import type { KeptVisit } from '../kiosk';
import type { KioskResultRecord } from '../db/database';
import {
  canKeepResults,
  deleteAllKioskResults,
  keepKioskResult,
  listKioskResults,
  openKioskResults,
  readKioskSettings,
  resetOperatorPin,
  setKioskIdleSeconds,
  setOperatorPin,
  tryOperatorPin,
  type KioskSettings,
  type OpenedResults,
} from '../db/kiosk';
import { liveSignal, type DatabaseHandle, type LiveSignal } from './live';

export type KioskStore = ReturnType<typeof createKioskStore>;

export function createKioskStore(db: DatabaseHandle, clock: () => number = Date.now) {
  const settings = liveSignal<KioskSettings | undefined>(db, (database) => readKioskSettings(database), undefined);
  /** Held in memory only, from a right PIN until the panel locks; never stored. */
  const operatorKey = signal<CryptoKey | undefined>(undefined);
  return {
    settings: settings.value,
    canKeep: (current: KioskSettings | undefined) => (current ? canKeepResults(current) : false),
    tryPin: async (pin: string) => {
      const check = await tryOperatorPin(await db, pin, clock());
      if (check.ok) operatorKey.value = check.operatorKey;
      return check;
    },
    lock: () => (operatorKey.value = undefined),
    operatorKey,
    setPin: async (newPin: string, currentPin: string) => setOperatorPin(await db, newPin, currentPin, clock()),
    resetPin: async () => resetOperatorPin(await db),
    setIdleSeconds: async (seconds: number) => setKioskIdleSeconds(await db, seconds),
    keep: async (visit: KeptVisit) => keepKioskResult(await db, visit),
    deleteAllResults: async () => deleteAllKioskResults(await db),
    /** Live while the caller holds it; the caller disposes it. Sealed until opened with `openResults`. */
    watchResults: (): LiveSignal<KioskResultRecord[]> => liveSignal(db, (database) => listKioskResults(database), []),
    openResults: (records: readonly KioskResultRecord[], key: CryptoKey): Promise<OpenedResults> => openKioskResults(records, key),
    dispose: settings.dispose,
  };
}
