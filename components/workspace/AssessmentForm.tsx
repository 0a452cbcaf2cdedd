import { useState } from 'preact/hooks';
import { sectors } from '../../data/sectors';
import { parseHeadcount, parseOrganization } from '../../lib/assessment-input';
import type { NewAssessment } from '../../lib/db/assessments';

interface Props {
  onCreate: (fields: NewAssessment) => Promise<unknown>;
  onCancel?: () => void;
}

export function AssessmentForm({ onCreate, onCancel }: Props) {
  const [error, setError] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const organization = parseOrganization(String(form.get('organization') ?? ''));
    const headcount = parseHeadcount(String(form.get('employees') ?? ''));
    if (!organization.ok) return setError(organization.error);
    if (!headcount.ok) return setError(headcount.error);
    setError('');
    await onCreate({
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
        <input id="organization" name="organization" autoComplete="organization" required />
      </div>
      <div class="field">
        <label for="employees">Headcount</label>
        <input id="employees" name="employees" inputMode="numeric" required aria-describedby="employees-hint" />
        <span id="employees-hint" class="hint">
          People in scope: staff and long-term contractors.
        </span>
      </div>
      <div class="field">
        <label for="sector">Sector</label>
        <select id="sector" name="sector">
          {sectors.map((sector) => (
            <option key={sector}>{sector}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="contact">Contact person (optional)</label>
        <input id="contact" name="contact" autoComplete="name" />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
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
