import { useSignal } from '@preact/signals';
import { checkPinFormat } from '../../lib/kiosk';
import type { KioskStore } from '../../lib/state/kiosk-store';
import { FieldError, fieldAria } from '../ui/FieldError';
import { FormAlert, focusField } from '../ui/FormAlert';
import { pinRefusal } from './text';

type PinField = 'kiosk-pin-current' | 'kiosk-pin-new' | 'kiosk-pin-repeat';

interface Props {
  store: KioskStore;
  hasPin: boolean;
}

/**
 * Sets the operator PIN, or changes it with the current one. Only a salted hash is stored, and the kiosk's key
 * for kept results is re-wrapped under the new PIN, so nothing kept before is lost.
 */
export function KioskPinForm({ store, hasPin }: Props) {
  const current = useSignal('');
  const next = useSignal('');
  const repeat = useSignal('');
  const errors = useSignal<Partial<Record<PinField, string>>>({});
  const message = useSignal<{ error: boolean; text: string } | undefined>(undefined);
  const saving = useSignal(false);

  const refuse = (field: PinField, text: string) => {
    errors.value = { [field]: text };
    message.value = undefined;
    focusField(field);
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (next.value.trim() === '') return refuse('kiosk-pin-new', 'Choose a PIN of 4 to 12 digits.');
    const format = checkPinFormat(next.value);
    if (!format.ok) return refuse('kiosk-pin-new', format.error);
    if (next.value !== repeat.value) return refuse('kiosk-pin-repeat', 'This differs from the PIN above: type the same PIN twice.');
    errors.value = {};
    saving.value = true;
    message.value = { error: false, text: 'Saving…' };
    const result = await store.setPin(next.value, current.value).catch((error: unknown) => ({
      ok: false as const,
      error: `The PIN could not be saved (${error instanceof Error ? error.message : String(error)}).`,
    }));
    saving.value = false;
    // A refused change keeps what was typed, so one mistyped field does not mean typing all three again.
    if (result.ok) {
      current.value = next.value = repeat.value = '';
      message.value = { error: false, text: hasPin ? 'PIN changed.' : 'PIN set. The kiosk now offers visitors to keep their results.' };
    } else if ('reason' in result && (result.reason === 'wrong' || result.reason === 'locked') && hasPin) {
      refuse('kiosk-pin-current', pinRefusal(result));
    } else {
      message.value = { error: true, text: 'reason' in result ? pinRefusal(result) : result.error };
    }
  }

  const pinInput = (id: PinField, label: string, value: typeof current) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        value={value.value}
        {...fieldAria(id, errors.value[id])}
        onInput={(event) => (value.value = event.currentTarget.value)}
      />
      <FieldError fieldId={id} error={errors.value[id]} />
    </div>
  );

  return (
    <form class="stack" autoComplete="off" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="kiosk-pin-title">
      <h3 id="kiosk-pin-title">Operator PIN</h3>
      <p class="hint">
        4 to 12 digits. Needed to leave the kiosk, change its settings and see or export kept results.
        {hasPin ? '' : ' Until a PIN is set, visitors are not offered to keep their results.'}
      </p>
      {hasPin && pinInput('kiosk-pin-current', 'Current PIN', current)}
      {pinInput('kiosk-pin-new', hasPin ? 'New PIN' : 'PIN', next)}
      {pinInput('kiosk-pin-repeat', hasPin ? 'Repeat the new PIN' : 'Repeat the PIN', repeat)}
      <FormAlert fields={Object.keys(errors.value).length} outcome={hasPin ? 'PIN not changed' : 'PIN not set'} />
      <p role="status" class={message.value?.error ? 'error' : 'muted'}>
        {message.value?.text}
      </p>
      <button type="submit" class="primary" disabled={saving.value}>
        {hasPin ? 'Change PIN' : 'Set PIN'}
      </button>
    </form>
  );
}
