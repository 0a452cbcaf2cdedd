import { useSignal } from '@preact/signals';
import { maxIdleSeconds, minIdleSeconds } from '../../lib/kiosk';
import type { KioskStore } from '../../lib/state/kiosk-store';
import { pinRefusal } from './text';

interface Props {
  store: KioskStore;
  idleSeconds: number;
  /** Outside the unlocked operator panel, a set PIN must be given to change this. */
  needsPin: boolean;
}

/** How long the kiosk waits without a touch before it counts down and wipes the screen. */
export function KioskIdleForm({ store, idleSeconds, needsPin }: Props) {
  const seconds = useSignal(String(idleSeconds));
  const pin = useSignal('');
  const message = useSignal<{ error: boolean; text: string } | undefined>(undefined);

  async function submit(event: Event) {
    event.preventDefault();
    const value = seconds.value.trim() === '' ? Number.NaN : Number(seconds.value);
    if (needsPin) {
      const check = await store.tryPin(pin.value);
      pin.value = '';
      if (!check.ok) {
        message.value = { error: true, text: pinRefusal(check) };
        return;
      }
    }
    const result = await store.setIdleSeconds(value);
    message.value = result.ok
      ? { error: false, text: `Saved: the kiosk resets after ${value} seconds without a touch.` }
      : { error: true, text: result.error };
  }

  return (
    <form class="stack" autoComplete="off" onSubmit={(event) => void submit(event)} aria-labelledby="kiosk-idle-title">
      <h3 id="kiosk-idle-title">Idle reset</h3>
      <div class="field">
        <label for="kiosk-idle-seconds">Seconds without a touch before the kiosk resets</label>
        <input
          id="kiosk-idle-seconds"
          type="number"
          inputMode="numeric"
          min={minIdleSeconds}
          max={maxIdleSeconds}
          step={1}
          value={seconds.value}
          aria-describedby="kiosk-idle-hint"
          onInput={(event) => (seconds.value = event.currentTarget.value)}
        />
        <p class="hint" id="kiosk-idle-hint">
          {minIdleSeconds} to {maxIdleSeconds}. The last 15 seconds show a countdown the visitor can tap away.
        </p>
      </div>
      {needsPin && (
        <div class="field">
          <label for="kiosk-idle-pin">Operator PIN</label>
          <input
            id="kiosk-idle-pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            value={pin.value}
            onInput={(event) => (pin.value = event.currentTarget.value)}
          />
        </div>
      )}
      <p role="status" class={message.value?.error ? 'error' : 'muted'}>
        {message.value?.text}
      </p>
      <button type="submit" class="primary">
        Save idle time
      </button>
    </form>
  );
}
