import { useState } from 'preact/hooks';
import { sectors } from '../../data/sectors';
import { parseHeadcount, parseOrganization } from '../../lib/assessment-input';
import type { NewAssessment } from '../../lib/db/assessments';
import { checkIntake, dayOf, hasIntake, inputOf, type IntakeCheck, type IntakeInput } from '../../lib/intake';
import { IntakeFields, issuedFieldId } from '../intake/IntakeFields';
import { FieldError, fieldAria } from '../ui/FieldError';
import { FormAlert, focusField } from '../ui/FormAlert';

interface Props {
  onCreate: (fields: NewAssessment) => Promise<unknown>;
  onCancel?: () => void;
}

type FieldErrors = Partial<Record<'organization' | 'employees', string>>;

/** A new assessment; each refusal stands beside its field, and what was typed stays for correcting. */
export function AssessmentForm({ onCreate, onCancel }: Props) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [intake, setIntake] = useState<IntakeInput>(() => inputOf(undefined));
  const [intakeErrors, setIntakeErrors] = useState<Extract<IntakeCheck, { ok: false }>['errors']>({});
  const [profile, setProfile] = useState({ sector: sectors[0] as string, employees: '' });
  const today = dayOf(Date.now());
  const typedHeadcount = parseHeadcount(profile.employees);

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const organization = parseOrganization(String(form.get('organization') ?? ''));
    const headcount = parseHeadcount(String(form.get('employees') ?? ''));
    const found: FieldErrors = {
      ...(organization.ok ? {} : { organization: organization.error }),
      ...(headcount.ok ? {} : { employees: headcount.error }),
    };
    const checked = checkIntake(intake, today);
    setErrors(found);
    setIntakeErrors(checked.ok ? {} : checked.errors);
    if (!organization.ok || !headcount.ok) return focusField(organization.ok ? 'employees' : 'organization');
    if (!checked.ok) return focusField(issuedFieldId('new-intake', Object.keys(checked.errors)[0] as keyof typeof checked.errors));
    await onCreate({
      ...(hasIntake(checked.intake) ? { intake: checked.intake } : {}),
      organization: organization.value,
      employees: headcount.value,
      sector: String(form.get('sector') ?? 'Other'),
      contact: String(form.get('contact') ?? ''),
    });
  }

  return (
    <form class="card" onSubmit={(event) => void submit(event)} aria-labelledby="new-assessment-title" noValidate>
      <h2 id="new-assessment-title">New assessment</h2>
      <div class="field">
        <label for="organization">Organization</label>
        <input
          id="organization"
          name="organization"
          autoComplete="organization"
          required
          {...fieldAria('organization', errors.organization)}
        />
        <FieldError fieldId="organization" error={errors.organization} />
      </div>
      <div class="field">
        <label for="employees">Headcount</label>
        <input
          id="employees"
          name="employees"
          inputMode="numeric"
          required
          {...fieldAria('employees', errors.employees, 'employees-hint')}
          onInput={(event) => setProfile({ ...profile, employees: event.currentTarget.value })}
        />
        <FieldError fieldId="employees" error={errors.employees} />
        <span id="employees-hint" class="hint">
          People in scope: staff and long-term contractors.
        </span>
      </div>
      <div class="field">
        <label for="sector">Sector</label>
        <select id="sector" name="sector" onChange={(event) => setProfile({ ...profile, sector: event.currentTarget.value })}>
          {sectors.map((sector) => (
            <option key={sector}>{sector}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="contact">Contact person (optional)</label>
        <input id="contact" name="contact" autoComplete="name" />
      </div>
      <details class="intake" open={Object.keys(intakeErrors).length > 0 || undefined}>
        <summary>Already certified, attested or following a framework? (optional)</summary>
        <p class="hint">
          Skip this if you like, or fill it in later from the Head start tab. What you tick here turns into suggested answers,
          never into answers: each one waits for you to confirm it.
        </p>
        <IntakeFields
          value={intake}
          onChange={setIntake}
          profile={typedHeadcount.ok ? { sector: profile.sector, employees: typedHeadcount.value } : undefined}
          errors={intakeErrors}
          idPrefix="new-intake"
          today={today}
        />
      </details>
      <FormAlert fields={Object.keys(errors).length + Object.keys(intakeErrors).length} outcome="Not started" />
      <div class="row">
        <button type="submit" class="primary">
          Start assessment
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
