import { useComputed, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { AssessmentRecord } from '../../lib/assessment';
import { parseOrganization } from '../../lib/assessment-input';
import { useFormats } from '../ui/useFormats';
import { useWorkspace } from './WorkspaceContext';

/** Entries drawn at first and per "show more": a long list opens fast, and search finds the rest. */
const pageSize = 50;

/** Every stored assessment: search, open, rename, copy as of today, delete (with undo). */
export function AssessmentList() {
  const workspace = useWorkspace();
  const search = useSignal('');
  const limit = useSignal(pageSize);
  const shown = useComputed(() => {
    const needle = search.value.trim().toLowerCase();
    return workspace.assessments.value.filter(
      (record) =>
        !needle ||
        [record.organization, record.sector, record.contact ?? ''].some((field) => field.toLowerCase().includes(needle)),
    );
  });

  return (
    <section aria-labelledby="assessments-title" class="stack">
      <h2 id="assessments-title">Assessments</h2>
      <div class="field">
        <label for="assessment-search">Search</label>
        <input
          id="assessment-search"
          type="search"
          value={search.value}
          onInput={(event) => {
            search.value = event.currentTarget.value;
            limit.value = pageSize;
          }}
          placeholder="Organization, sector or contact"
        />
      </div>
      {shown.value.length === 0 && <p class="muted">{search.value ? 'No assessment matches.' : 'No assessments yet.'}</p>}
      <ul class="plain" aria-label="Assessments">
        {shown.value.slice(0, limit.value).map((record) => (
          <AssessmentEntry key={record.id} record={record} current={record.id === workspace.current.value?.id} />
        ))}
      </ul>
      {shown.value.length > limit.value && (
        <button type="button" onClick={() => (limit.value += pageSize)}>
          Show more ({shown.value.length - limit.value} not shown)
        </button>
      )}
    </section>
  );
}

function AssessmentEntry({ record, current }: { record: AssessmentRecord; current: boolean }) {
  const formats = useFormats();
  const workspace = useWorkspace();
  const renaming = useSignal(false);
  const error = useSignal('');
  const nameInput = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Renaming swaps the name for a field: move focus into it, and back to Rename when done.
  const wasRenaming = useRef(false);
  useEffect(() => {
    if (renaming.value) nameInput.current?.select();
    else if (wasRenaming.current) renameButton.current?.focus();
    wasRenaming.current = renaming.value;
  }, [renaming.value]);

  async function rename(event: Event) {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
    const parsed = parseOrganization(input.value);
    if (!parsed.ok) {
      error.value = parsed.error;
      return;
    }
    // Unsaved (the page's banner says why), the name stays in the field to try again.
    if (!(await workspace.update(record.id, { organization: parsed.value }))) return;
    renaming.value = false;
    error.value = '';
  }

  return (
    <li class="assessment" aria-current={current ? 'true' : undefined}>
      {renaming.value ? (
        <form onSubmit={(event) => void rename(event)} onKeyDown={(event) => event.key === 'Escape' && (renaming.value = false)}>
          <label for={`rename-${record.id}`}>New name</label>
          <div class="row">
            <input id={`rename-${record.id}`} name="name" defaultValue={record.organization} ref={nameInput} />
            <button type="submit" class="primary">
              Save
            </button>
            <button type="button" onClick={() => (renaming.value = false)}>
              Cancel
            </button>
          </div>
          {error.value && (
            <p class="error" role="alert">
              {error.value}
            </p>
          )}
        </form>
      ) : (
        <button type="button" class="link" onClick={() => void workspace.select(record.id)} aria-pressed={current}>
          <strong>{record.organization}</strong>
        </button>
      )}
      <p class="hint">
        {record.sector} · {formats.number(record.employees)} people · {record.depth} · changed {formats.moment(record.updatedAt)}
      </p>
      <div class="row">
        <button
          type="button"
          ref={renameButton}
          onClick={() => (renaming.value = true)}
          aria-label={`Rename ${record.organization}`}
          disabled={renaming.value}
        >
          Rename
        </button>
        <button type="button" onClick={() => void workspace.duplicate(record.id)} aria-label={`Duplicate ${record.organization}`} title="Keep a point-in-time copy">
          Duplicate
        </button>
        <button type="button" class="danger" onClick={() => void workspace.remove(record.id)} aria-label={`Delete ${record.organization}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
