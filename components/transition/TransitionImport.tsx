import { useSignal } from '@preact/signals';
import type { Catalog } from '../../lib/catalog';
import { csvLimits, read2013Soa, transitionFrom2013, type Transition } from '../../lib/transition';
import { useWorkspace } from '../workspace/WorkspaceContext';

interface Preview {
  rows: number;
  transition: Transition;
  fileName: string;
}

/**
 * Reads a 2013-numbered SoA or gap list (CSV) and shows what it would give before anything is written. A file
 * that cannot be read gets the reason beside the field and changes nothing; applying never overwrites an answer.
 */
export function TransitionImport({ catalog }: { catalog: Catalog }) {
  const workspace = useWorkspace();
  const error = useSignal('');
  const preview = useSignal<Preview | undefined>(undefined);
  const status = useSignal('');

  async function read(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    status.value = '';
    preview.value = undefined;
    if (!file) return;
    // A file far past the limit is refused before it is read into memory.
    const text = file.size > csvLimits.maxChars * 4 ? 'x'.repeat(csvLimits.maxChars + 1) : await file.text();
    const read = read2013Soa(text);
    if (!read.ok) {
      error.value = read.error;
      return;
    }
    error.value = '';
    preview.value = { rows: read.rows.length, transition: transitionFrom2013(catalog, read.rows), fileName: file.name };
  }

  async function apply() {
    const chosen = preview.value;
    if (!chosen) return;
    const offered = Object.keys(chosen.transition.answers).length;
    const written = await workspace.answerUnanswered(chosen.transition.answers);
    if (!written) return;
    preview.value = undefined;
    const kept = offered - written.length;
    status.value = `${written.length} controls answered from ${chosen.fileName}.${kept > 0 ? ` ${kept} already had an answer and kept it.` : ''}`;
  }

  const transition = preview.value?.transition;
  const unsettled = transition?.carried.filter((control) => !control.answer).length ?? 0;
  return (
    <section class="stack no-print" aria-labelledby="transition-import-title">
      <h3 id="transition-import-title">Import a 2013 statement of applicability</h3>
      <div class="field">
        <label for="transition-file">A 2013 SoA or gap list (CSV)</label>
        <input
          id="transition-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="transition-hint"
          aria-invalid={error.value ? true : undefined}
          onChange={(event) => void read(event.currentTarget)}
        />
        <p class="hint" id="transition-hint">
          One row per 2013 control (A.5.1.1 to A.18.2.3) with columns named Control, Applicable, Status and, if you like, Notes.
          Save the sheet as CSV first. Nothing is written until you apply it, and no answer already given is replaced.
        </p>
        {error.value && (
          <p class="error" role="alert">
            The file was not read, and nothing was changed. {error.value}
          </p>
        )}
      </div>
      {preview.value && transition && (
        <div class="card stack" data-testid="transition-preview">
          <p>
            Read {preview.value.rows} controls of the 2013 edition from {preview.value.fileName}. Applying answers{' '}
            {Object.keys(transition.answers).length} of the 2022 controls, each saying which 2013 rows it came from.
            {unsettled > 0 && ` ${unsettled} stay unanswered: the file says they apply but gives no status.`}{' '}
            {transition.newControls.length} controls are new in 2022 and get no answer: they are the work to do.
          </p>
          <div class="row">
            <button type="button" class="primary" onClick={() => void apply()}>
              Apply to this assessment
            </button>
            <button type="button" onClick={() => (preview.value = undefined)}>
              Discard
            </button>
          </div>
        </div>
      )}
      <p role="status" class="hint">
        {status.value}
      </p>
    </section>
  );
}
