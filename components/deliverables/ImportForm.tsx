import { useSignal } from '@preact/signals';
import type { AssessmentRecord } from '../../lib/assessment';
import { useTransfer } from '../settings/useTransfer';
import { useWorkspace } from '../workspace/WorkspaceContext';

interface Props {
  /** Called once the file's assessment is stored (under a new id) and open. */
  onImported: (record: AssessmentRecord, answers: number) => void;
}

/** Import one assessment from a JSON export. A bad or hostile file gets the reason and changes nothing. */
export function ImportForm({ onImported }: Props) {
  const workspace = useWorkspace();
  const transfer = useTransfer();
  const error = useSignal('');
  const busy = useSignal(false);

  async function importChosen(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    busy.value = true;
    error.value = '';
    try {
      const outcome = await transfer.importFile(file, workspace.catalog.value!);
      if (!outcome.ok) {
        error.value = outcome.error;
        return;
      }
      await workspace.select(outcome.record.id);
      onImported(outcome.record, outcome.answers);
    } catch (failure) {
      error.value = `The assessment could not be stored (${failure instanceof Error ? failure.message : String(failure)}). Nothing was changed.`;
    } finally {
      busy.value = false;
      // Choosing the same file again (after fixing it) must fire a change again.
      input.value = '';
    }
  }

  return (
    <section class="stack" aria-labelledby="import-title">
      <h3 id="import-title">Import</h3>
      <div class="field">
        <label for="import-file">Import an assessment (JSON)</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          disabled={busy.value}
          aria-invalid={error.value ? true : undefined}
          aria-describedby={error.value ? 'import-file-error import-hint' : 'import-hint'}
          onChange={(event) => void importChosen(event.currentTarget)}
        />
        {/* Said once, as it appears: a file is checked after it is chosen, with no submit to move focus. */}
        {error.value && (
          <div id="import-file-error" class="error import-error" role="alert">
            <p>The file was not imported, and nothing was changed.</p>
            <p>{error.value}</p>
          </div>
        )}
        <p class="hint" id="import-hint">
          A file exported here or in another browser. It is added as a new assessment: nothing stored is overwritten.
        </p>
      </div>
    </section>
  );
}
