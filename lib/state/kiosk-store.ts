/**
 * The kiosk's stored side, bound to the page's database for components: live settings, the PIN gate, and
 * the results kept with consent. The rules live in lib/db/kiosk.ts and lib/kiosk/pin.ts.
 */
import type { KioskResultRecord, ReadinessDatabase } from '../db/database';
import {
  deleteAllKioskResults,
  keepKioskResult,
  listKioskResults,
  readKioskSettings,
  setKioskIdleSeconds,
  setOperatorPin,
  tryOperatorPin,
  type KioskSettings,
} from '../db/kiosk';
import { liveSignal, type LiveSignal } from './live';

export type KioskStore = ReturnType<typeof createKioskStore>;

export function createKioskStore(db: ReadinessDatabase, clock: () => number = Date.now) {
  const settings = liveSignal<KioskSettings | undefined>(() => readKioskSettings(db), undefined);
  return {
    settings: settings.value,
    tryPin: (pin: string) => tryOperatorPin(db, pin, clock()),
    setPin: (newPin: string, currentPin: string) => setOperatorPin(db, newPin, currentPin, clock()),
    setIdleSeconds: (seconds: number) => setKioskIdleSeconds(db, seconds),
    keep: (record: KioskResultRecord) => keepKioskResult(db, record),
    deleteAllResults: () => deleteAllKioskResults(db),
    /** Live while the caller holds it; the caller disposes it. */
    watchResults: (): LiveSignal<KioskResultRecord[]> => liveSignal(() => listKioskResults(db), []),
    dispose: settings.dispose,
  };
}
