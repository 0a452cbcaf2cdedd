import { needsAttention } from '../../lib/typed-number';

interface Props {
  /** How many fields have a message beside them. */
  fields: number;
  /** What did not happen: "Not saved", "Not started". */
  outcome?: string;
}

/** The form's live region: a count of the fields to fix, never their messages (those are read with each field). */
export function FormAlert({ fields, outcome }: Props) {
  if (fields === 0) return null;
  return (
    <p class="error" role="alert">
      {needsAttention(fields, outcome)}
    </p>
  );
}

/** Moves focus to a field once the page shows its message, so the message is read with it. */
export function focusField(fieldId: string) {
  setTimeout(() => document.getElementById(fieldId)?.focus(), 0);
}
