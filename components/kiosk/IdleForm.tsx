import { useSignal } from '@preact/signals';
import { maxIdleSeconds, minIdleSeconds } from '../../lib/kiosk';
import type { KioskStore } from '../../lib/state/kiosk-store';
import { parseTypedNumber } from '../../lib/typed-number';
import { FieldError, fieldAria } from '../ui/FieldError';
import { FormAlert, focusField } from '../ui/FormAlert';
import { pinRefusal } from './text';

interface Props {
  store: KioskStore;
  idleSeconds: number;
  /** Outside the unlocked operator panel, a set PIN must be given to change this. */
  needsPin: boolean;
}

const idleRule = { noun: 'the idle time', min: minIdleSeconds, max: maxIdleSeconds, whole: true, unit: 'seconds', example: 90 };

type IdleErrors = Partial<Record<'kiosk-idle-seconds' | 'kiosk-idle-pin', string>>;

/** How long the kiosk waits without a touch before it counts down and wipes the screen. */
export function KioskIdleForm({ store, idleSeconds, needsPin }: Props) {
  const seconds = useSignal(String(idleSeconds));
  const pin = useSignal('');
  const errors = useSignal<IdleErrors>({});
  const message = useSignal('');

  function refuse(found: IdleErrors) {
    errors.value = found;
    message.value = '';
    const first = Object.keys(found)[0];
    if (first) focusField(first);
  }

  async function submit(event: Event) {
    event.preventDefault();
    const typed = parseTypedNumber(seconds.value, idleRule);
    if (!typed.ok) return refuse({ 'kiosk-idle-seconds': typed.error });
    if (needsPin) {
      const check = await store.tryPin(pin.value);
      pin.value = '';
      if (!check.ok) return refuse({ 'kiosk-idle-pin': pinRefusal(check) });
    }
    const result = await store.setIdleSeconds(typed.value);
    if (!result.ok) return refuse({ 'kiosk-idle-seconds': result.error });
    refuse({});
    message.value = `Saved: the kiosk resets after ${typed.value} seconds without a touch.`;
  }

  return (
    <form class="stack" autoComplete="off" onSubmit={(event) => void submit(event)} aria-labelledby="kiosk-idle-title" noValidate>
      <h3 id="kiosk-idle-title">Idle reset</h3>
      <div class="field">
        <label for="kiosk-idle-seconds">Seconds without a touch before the kiosk resets</label>
        <input
          id="kiosk-idle-seconds"
          inputMode="numeric"
          value={seconds.value}
          {...fieldAria('kiosk-idle-seconds', errors.value['kiosk-idle-seconds'], 'kiosk-idle-hint')}
          onInput={(event) => (seconds.value = event.currentTarget.value)}
        />
        <FieldError fieldId="kiosk-idle-seconds" error={errors.value['kiosk-idle-seconds']} />
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
            {...fieldAria('kiosk-idle-pin', errors.value['kiosk-idle-pin'])}
            onInput={(event) => (pin.value = event.currentTarget.value)}
          />
          <FieldError fieldId="kiosk-idle-pin" error={errors.value['kiosk-idle-pin']} />
        </div>
      )}
      <FormAlert fields={Object.keys(errors.value).length} />
      <p role="status" class="muted">
        {message.value}
      </p>
      <button type="submit" class="primary">
        Save idle time
      </button>
    </form>
  );
}
