import { useSignal } from '@preact/signals';
import type { PinState } from '../../lib/db/kiosk';
import type { KioskStore } from '../../lib/state/kiosk-store';
import { ConfirmButton } from '../ui/ConfirmButton';

interface Props {
  store: KioskStore;
  pinState: PinState;
}

/**
 * The way back from a forgotten or damaged operator PIN. Kept results are sealed for the old PIN, so nobody
 * could open them after a reset: the reset deletes them, and says so before anything happens.
 */
export function KioskPinReset({ store, pinState }: Props) {
  const status = useSignal('');
  if (pinState === 'none') return null;

  async function reset() {
    try {
      await store.resetPin();
      status.value = 'The operator PIN, the kiosk key and every kept result are deleted. Set a new PIN above.';
    } catch (error) {
      status.value = `The kiosk could not be reset (${String(error)}). Nothing was changed.`;
    }
  }

  return (
    <div class="stack">
      {pinState === 'damaged' && (
        <p class="error">
          The stored operator PIN is damaged, so the kiosk’s operator panel stays locked. If the old PIN still opens the
          kiosk’s key, change it above; otherwise reset it here.
        </p>
      )}
      <p class="hint">
        Forgotten PIN? Resetting deletes every kept visitor result too: they are encrypted for the old PIN and nobody
        could open them again.
      </p>
      <ConfirmButton
        label="Reset the operator PIN"
        question="Delete the PIN and every kept visitor result?"
        onConfirm={() => void reset()}
      />
      <p role="status" class="muted">
        {status.value}
      </p>
    </div>
  );
}
