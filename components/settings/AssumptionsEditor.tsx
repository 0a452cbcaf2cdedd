import { useSignal } from '@preact/signals';
import { assumptionGroups, type AssumptionField } from '../../data/assumption-fields';
import { placeAssumptionIssues, readAssumptionForm, type Assumptions } from '../../lib/estimate';
import { getPath } from '../../lib/object-path';
import { FieldError, fieldAria } from '../ui/FieldError';
import { FormAlert, focusField } from '../ui/FormAlert';
import { useFormats } from '../ui/useFormats';
import { useAssumptions } from './useAssumptions';

const unitHints: Record<Exclude<AssumptionField['unit'], 'money'>, string> = {
  days: 'days',
  share: '%',
  times: '×',
  months: 'months',
};

const fields = assumptionGroups.flatMap((group) => group.fields);
const idOf = (field: AssumptionField) => `assumption-${field.path.replace(/[^a-z0-9]+/gi, '-')}`;

/** Shares are edited as percentages; everything else as it is stored. */
const toShown = (field: AssumptionField, value: unknown) =>
  typeof value === 'number' ? String(field.unit === 'share' ? Math.round(value * 10_000) / 100 : value) : '';

/**
 * The rate card and cost-model assumptions: edit, save (validated), reset to defaults with undo. What was typed
 * stays as typed until it is saved; a refusal stands beside its field and nothing is stored.
 */
export function AssumptionsEditor() {
  const state = useAssumptions();
  const formats = useFormats();
  const typed = useSignal<Record<string, string>>({});
  const errors = useSignal<Record<string, string>>({});
  const general = useSignal<string[]>([]);
  const message = useSignal('');
  const beforeReset = useSignal<Assumptions | undefined>(undefined);
  const stored = state.assumptions.value;

  function refuse(byField: Record<string, string>, problems: string[] = []) {
    errors.value = byField;
    general.value = problems;
    const first = fields.find((field) => byField[field.path]);
    if (first) focusField(idOf(first));
  }

  async function save(event: Event) {
    event.preventDefault();
    const form = readAssumptionForm(stored, typed.value, fields, formats.choice.locale);
    if (!form.ok) return refuse(form.errors);
    const placed = placeAssumptionIssues(await state.save(form.candidate), fields);
    if (Object.keys(placed.byField).length > 0 || placed.general.length > 0) return refuse(placed.byField, placed.general);
    refuse({});
    typed.value = {};
    message.value = 'Saved. Every estimate now uses these figures.';
  }

  async function reset() {
    beforeReset.value = state.assumptions.value;
    if (!(await state.reset())) return;
    typed.value = {};
    refuse({});
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
            const id = idOf(field);
            const error = errors.value[field.path];
            return (
              <div class="field" key={field.path}>
                <label for={id}>
                  {field.label} <span class="hint">({field.unit === 'money' ? formats.choice.currency : unitHints[field.unit]})</span>
                </label>
                <input
                  id={id}
                  inputMode="decimal"
                  value={typed.value[field.path] ?? toShown(field, getPath(stored, field.path))}
                  {...fieldAria(id, error)}
                  onInput={(event) => {
                    typed.value = { ...typed.value, [field.path]: event.currentTarget.value };
                    message.value = '';
                  }}
                />
                <FieldError fieldId={id} error={error} />
              </div>
            );
          })}
        </fieldset>
      ))}
      <FormAlert fields={Object.keys(errors.value).length} />
      {general.value.map((problem) => (
        <p key={problem} class="error" role="alert">
          Not saved: {problem}
        </p>
      ))}
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
