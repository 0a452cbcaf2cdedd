/**
 * What is wrong with one field, said beside it. Every form marks the field `aria-invalid` and points its
 * `aria-describedby` here, so a screen reader reads the message with the field; the form's own alert only counts
 * the fields (FormAlert), so no message is heard twice.
 */
export const errorIdOf = (fieldId: string) => `${fieldId}-error`;

/** The attributes a field carries: invalid while it has a message, described by the message and then its hint. */
export function fieldAria(fieldId: string, error: string | undefined, hintId?: string) {
  const describedBy = [error ? errorIdOf(fieldId) : undefined, hintId].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? (true as const) : undefined, 'aria-describedby': describedBy || undefined };
}

export function FieldError({ fieldId, error }: { fieldId: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={errorIdOf(fieldId)} class="error field-error">
      {error}
    </p>
  );
}
