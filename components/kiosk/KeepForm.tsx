import { useSignal } from '@preact/signals';
import { consentText, parseKeepForm, type KeepForm, type KeepFormErrors, type KeptContact } from '../../lib/kiosk';
import { FieldError, fieldAria } from '../ui/FieldError';
import { FormAlert, focusField } from '../ui/FormAlert';
import { KioskHeading } from './Heading';

interface Props {
  /** Stores the visitor's results; rejects when the write fails. */
  onKeep: (contact: KeptContact) => Promise<void>;
  onBack: () => void;
}

const fields = [
  { name: 'name', label: 'Your name', inputMode: 'text' },
  // A text input with the email keyboard: the schema, not the browser, says what is wrong, in plain words.
  { name: 'email', label: 'Email', inputMode: 'email' },
  { name: 'organization', label: 'Organization (optional)', inputMode: 'text' },
] as const;

/** Consent and contact details; nothing is stored until the box is ticked and the form is sent. */
export function KioskKeepForm({ onKeep, onBack }: Props) {
  const form = useSignal<KeepForm>({ name: '', email: '', organization: '', consent: false });
  const errors = useSignal<KeepFormErrors>({});
  const failure = useSignal('');
  const saving = useSignal(false);
  const set = (change: Partial<KeepForm>) => (form.value = { ...form.value, ...change });

  async function submit(event: Event) {
    event.preventDefault();
    const parsed = parseKeepForm(form.value);
    if (!parsed.ok) {
      errors.value = parsed.errors;
      const first = [...fields.map((field) => field.name), 'consent' as const].find((name) => parsed.errors[name]);
      if (first) focusField(`keep-${first}`);
      return;
    }
    errors.value = {};
    saving.value = true;
    try {
      await onKeep(parsed.contact);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      failure.value = `Your results could not be kept (${reason}). Nothing was stored.`;
      saving.value = false;
    }
  }

  return (
    <main class="kiosk-page kiosk-keep">
      <KioskHeading>Keep my results</KioskHeading>
      <p>
        Leave your details and the team at this stand can send you your result and talk it through. Only they can see it,
        behind their PIN.
      </p>
      {/* No autofill: a tablet shared by strangers must not offer one visitor's details to the next. */}
      <form class="stack" autoComplete="off" noValidate onSubmit={(event) => void submit(event)}>
        {fields.map((field) => (
          <div class="field" key={field.name}>
            <label for={`keep-${field.name}`}>{field.label}</label>
            <input
              id={`keep-${field.name}`}
              type="text"
              inputMode={field.inputMode}
              autoComplete="off"
              value={form.value[field.name]}
              {...fieldAria(`keep-${field.name}`, errors.value[field.name])}
              onInput={(event) => set({ [field.name]: event.currentTarget.value })}
            />
            <FieldError fieldId={`keep-${field.name}`} error={errors.value[field.name]} />
          </div>
        ))}
        <div class="field">
          <label class="kiosk-check" for="keep-consent">
            <input
              id="keep-consent"
              type="checkbox"
              checked={form.value.consent}
              {...fieldAria('keep-consent', errors.value.consent)}
              onChange={(event) => set({ consent: event.currentTarget.checked })}
            />
            <span>{consentText}</span>
          </label>
          <FieldError fieldId="keep-consent" error={errors.value.consent} />
        </div>
        <FormAlert fields={Object.keys(errors.value).length} outcome="Not kept" />
        {failure.value && (
          <p class="error" role="alert">
            {failure.value}
          </p>
        )}
        <nav class="kiosk-nav" aria-label="Keep or go back">
          <button type="button" onClick={onBack}>
            ← Back, keep nothing
          </button>
          <button type="submit" class="primary" disabled={saving.value}>
            Keep my results
          </button>
        </nav>
      </form>
    </main>
  );
}
