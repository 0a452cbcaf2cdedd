import { useSignal } from '@preact/signals';

interface Props {
  /** The button's text before confirming, e.g. "Delete all assessments". */
  label: string;
  /** The question shown in its place, e.g. "Delete all 12 assessments?". */
  question: string;
  disabled?: boolean;
  onConfirm: () => void;
}

/** A destructive action that asks once, in place: "Yes, delete all" or Cancel. */
export function ConfirmButton({ label, question, disabled, onConfirm }: Props) {
  const confirming = useSignal(false);
  if (!confirming.value) {
    return (
      <button type="button" class="danger" onClick={() => (confirming.value = true)} disabled={disabled}>
        {label}
      </button>
    );
  }
  return (
    <div class="row" role="group" aria-label="Confirm deletion">
      <span class="error">{question}</span>
      <button
        type="button"
        class="danger"
        onClick={() => {
          confirming.value = false;
          onConfirm();
        }}
      >
        Yes, delete all
      </button>
      <button type="button" onClick={() => (confirming.value = false)}>
        Cancel
      </button>
    </div>
  );
}
