import { useState } from 'preact/hooks';
import type { AssessmentRecord } from '../../lib/assessment';
import { checkIntake, dayOf, hasIntake, inputOf, type IntakeCheck, type IntakeInput } from '../../lib/intake';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { FormAlert, focusField } from '../ui/FormAlert';
import { IntakeFields, issuedFieldId } from './IntakeFields';

/** The intake of an assessment already under way: filled in, changed or cleared at any time. */
export function IntakeForm({ assessment }: { assessment: AssessmentRecord }) {
  const workspace = useWorkspace();
  const [value, setValue] = useState<IntakeInput>(() => inputOf(assessment.intake));
  const [errors, setErrors] = useState<Extract<IntakeCheck, { ok: false }>['errors']>({});
  const [status, setStatus] = useState('');
  const today = dayOf(Date.now());

  async function save(event: Event) {
    event.preventDefault();
    const checked = checkIntake(value, today);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) {
      setStatus('');
      return focusField(issuedFieldId('intake', Object.keys(checked.errors)[0] as keyof typeof checked.errors));
    }
    const intake = hasIntake(checked.intake) ? checked.intake : undefined;
    if (await workspace.update(assessment.id, { intake })) {
      setStatus(intake ? 'Saved. Suggestions below follow what you ticked.' : 'Saved: nothing held or followed, so no suggestions.');
    }
  }

  return (
    <form class="card stack" onSubmit={(event) => void save(event)} aria-labelledby="intake-title" noValidate>
      <h2 id="intake-title">What the organization already has</h2>
      <IntakeFields
        value={value}
        onChange={(next) => {
          setValue(next);
          setStatus('');
        }}
        profile={{ sector: assessment.sector, employees: assessment.employees }}
        errors={errors}
        idPrefix="intake"
        today={today}
      />
      <FormAlert fields={Object.keys(errors).length} />
      <div class="row">
        <button type="submit" class="primary">
          Save what the organization has
        </button>
      </div>
      <p role="status" class="hint">
        {status}
      </p>
    </form>
  );
}
