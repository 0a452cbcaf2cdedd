import { useEffect, useMemo } from 'preact/hooks';
import { pageDatabase } from '../../lib/state/database';
import { createKioskStore } from '../../lib/state/kiosk-store';
import { KioskIdleForm } from './IdleForm';
import { KioskPinForm } from './PinForm';
import { KioskPinReset } from './PinReset';

interface Props {
  /**
   * True inside the kiosk's operator panel, which the PIN already opened: the idle time then changes without
   * asking for the PIN again. Changing the PIN always asks for the current one.
   */
  unlocked?: boolean;
}

/** The kiosk's settings: the operator PIN and the idle time before a reset. For the options page and the kiosk. */
export function KioskSettingsForm({ unlocked = false }: Props) {
  const store = useMemo(() => createKioskStore(pageDatabase()), []);
  useEffect(() => store.dispose, [store]);
  const settings = store.settings.value;

  return (
    <section class="card stack" aria-labelledby="kiosk-settings-title">
      <h2 id="kiosk-settings-title">Kiosk</h2>
      {settings ? (
        <>
          <KioskPinForm store={store} hasPin={settings.pinState !== 'none'} />
          {!unlocked && <KioskPinReset store={store} pinState={settings.pinState} />}
          <KioskIdleForm store={store} idleSeconds={settings.idleSeconds} needsPin={!unlocked && settings.pinState !== 'none'} />
        </>
      ) : (
        <p class="muted" role="status">
          Loading the kiosk settings…
        </p>
      )}
    </section>
  );
}
