import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { PinCheck } from '../../lib/db/kiosk';
import { KioskHeading } from './Heading';

interface Props {
  /** When the stored backoff lets the next try happen (0 when it may happen now). */
  lockedUntil: number;
  now: number;
  tryPin: (pin: string) => Promise<PinCheck>;
  onUnlocked: () => void;
  onCancel: () => void;
}

/** The operator's way out of the visitor flow. Wrong PINs are slowed down by lib/db/kiosk.ts. */
export function PinPrompt({ lockedUntil, now, tryPin, onUnlocked, onCancel }: Props) {
  const pin = useSignal('');
  const error = useSignal('');
  const checking = useSignal(false);
  const input = useRef<HTMLInputElement>(null);
  const waitSeconds = lockedUntil > now ? Math.ceil((lockedUntil - now) / 1000) : 0;

  async function submit(event: Event) {
    event.preventDefault();
    if (checking.value || waitSeconds > 0) return;
    checking.value = true;
    const result = await tryPin(pin.value);
    checking.value = false;
    if (result.ok) {
      onUnlocked();
      return;
    }
    error.value = result.error;
    pin.value = '';
    input.current?.focus();
  }

  return (
    <main class="kiosk-page kiosk-pin">
      <KioskHeading>Operator</KioskHeading>
      <form class="stack" autoComplete="off" onSubmit={(event) => void submit(event)}>
        <div class="field">
          <label for="operator-pin">Operator PIN</label>
          <input
            id="operator-pin"
            ref={input}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            value={pin.value}
            aria-describedby="operator-pin-status"
            onInput={(event) => (pin.value = event.currentTarget.value)}
          />
        </div>
        <div id="operator-pin-status" role="status">
          {waitSeconds > 0 ? (
            <p class="error">
              Too many wrong PINs. Try again in {waitSeconds} {waitSeconds === 1 ? 'second' : 'seconds'}.
            </p>
          ) : (
            error.value && <p class="error">{error.value}</p>
          )}
          {checking.value && <p class="muted">Checking…</p>}
        </div>
        <nav class="kiosk-nav" aria-label="Unlock or cancel">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={checking.value || waitSeconds > 0}>
            Unlock
          </button>
        </nav>
      </form>
    </main>
  );
}
