import { useSignal } from '@preact/signals';
import { assumptionGroups, type AssumptionField } from '../../data/assumption-fields';
import type { Assumptions } from '../../lib/estimate';
import { getPath, setPath } from '../../lib/object-path';
import { useFormats } from '../ui/useFormats';
import { useAssumptions } from './useAssumptions';

const unitHints: Record<Exclude<AssumptionField['unit'], 'money'>, string> = {
  days: 'days',
  share: '%',
  times: '×',
  months: 'months',
};

/** Shares are edited as percentages; everything else as it is stored. */
const toShown = (field: AssumptionField, value: unknown) =>
  typeof value === 'number' ? String(field.unit === 'share' ? Math.round(value * 10_000) / 100 : value) : '';
const fromShown = (field: AssumptionField, text: string) => {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  return field.unit === 'share' ? value / 100 : value;
};

/** The rate card and cost-model assumptions: edit, save (validated), reset to defaults with undo. */
export function AssumptionsEditor() {
  const state = useAssumptions();
  const formats = useFormats();
  const draft = useSignal<Assumptions | undefined>(undefined);
  const errors = useSignal<string[]>([]);
  const message = useSignal('');
  const beforeReset = useSignal<Assumptions | undefined>(undefined);
  const shown = draft.value ?? state.assumptions.value;

  async function save(event: Event) {
    event.preventDefault();
    errors.value = await state.save(shown);
    if (errors.value.length === 0) {
      draft.value = undefined;
      message.value = 'Saved. Every estimate now uses these figures.';
    }
  }

  async function reset() {
    beforeReset.value = state.assumptions.value;
    if (!(await state.reset())) return;
    draft.value = undefined;
    errors.value = [];
    message.value = 'Back to the default figures.';
  }

  async function undoReset() {
    if (beforeReset.value) await state.save(beforeReset.value);
    beforeReset.value = undefined;
    message.value = 'Your figures are back.';
  }

  return (
    <form class="card stack" onSubmit={(event) => void save(event)} aria-labelledby="assumptions-title" noValidate>
      <h2 id="assumptions-title">Rate card and cost assumptions</h2>
      <p class="hint">
        {state.customised.value ? 'Your own figures are in use.' : 'The default figures are in use.'} They drive every cost and
        timeline estimate.
      </p>
      {state.problem.value && (
        <p class="error" role="alert">
          {state.problem.value}
        </p>
      )}
      {assumptionGroups.map((group) => (
        <fieldset key={group.title} class="assumption-group">
          <legend>{group.title}</legend>
          {group.fields.map((field) => {
            const id = `assumption-${field.path.replace(/[^a-z0-9]+/gi, '-')}`;
            return (
              <div class="field" key={field.path}>
                <label for={id}>
                  {field.label} <span class="hint">({field.unit === 'money' ? formats.choice.currency : unitHints[field.unit]})</span>
                </label>
                <input
                  id={id}
                  inputMode="decimal"
                  value={toShown(field, getPath(shown, field.path))}
                  onChange={(event) => {
                    draft.value = setPath(shown, field.path, fromShown(field, event.currentTarget.value));
                    message.value = '';
                  }}
                />
              </div>
            );
          })}
        </fieldset>
      ))}
      {errors.value.length > 0 && (
        <div class="error" role="alert">
          <p>Not saved:</p>
          <ul>
            {errors.value.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="row">
        <button type="submit" class="primary">
          Save assumptions
        </button>
        <button type="button" onClick={() => void reset()} disabled={!state.customised.value}>
          Reset to defaults
        </button>
        {beforeReset.value && (
          <button type="button" onClick={() => void undoReset()}>
            Undo reset
          </button>
        )}
      </div>
      <p class="hint" role="status">
        {message.value}
      </p>
    </form>
  );
}
