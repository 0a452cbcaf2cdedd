import { useSignal } from '@preact/signals';
import type { WorkbookPreview } from '../../lib/workbook';
import { itemAnswers } from '../../lib/questionnaire';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useWorkbookTransfer } from './useWorkbookTransfer';
import { WorkbookChanges } from './WorkbookChanges';

/**
 * Bring a filled-in workbook back into the open assessment: the file is read and compared first, and nothing
 * is written until the user applies the changes they chose. A bad or hostile file says why and changes nothing.
 */
export function WorkbookImport() {
  const workspace = useWorkspace();
  const transfer = useWorkbookTransfer();
  const error = useSignal('');
  const status = useSignal('');
  const busy = useSignal(false);
  /** The preview, with the assessment it was made against: it is applied there, and shown only while that one is open. */
  const pending = useSignal<{ preview: WorkbookPreview; assessmentId: string } | undefined>(undefined);
  const current = workspace.current.value!;
  const preview = pending.value?.assessmentId === current.id ? pending.value.preview : undefined;

  async function readChosen(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    busy.value = true;
    error.value = '';
    status.value = '';
    pending.value = undefined;
    try {
      const assessmentId = current.id;
      const outcome = await transfer.preview(file, workspace.catalog.value!, itemAnswers(workspace.resolved.value));
      if (outcome.ok) pending.value = { preview: outcome.preview, assessmentId };
      else error.value = outcome.error;
    } catch (failure) {
      error.value = `The workbook could not be read (${failure instanceof Error ? failure.message : String(failure)}).`;
    } finally {
      busy.value = false;
      // Choosing the same file again (after fixing it) must fire a change again.
      input.value = '';
    }
  }

  async function apply(itemIds: ReadonlySet<string>) {
    const chosen = pending.value;
    if (!chosen) return;
    busy.value = true;
    try {
      const count = await transfer.apply(chosen.assessmentId, chosen.preview, itemIds);
      pending.value = undefined;
      status.value = `Applied ${count} change${count === 1 ? '' : 's'} from the workbook.`;
    } catch (failure) {
      error.value = `The changes could not be stored (${failure instanceof Error ? failure.message : String(failure)}). Nothing was changed.`;
    } finally {
      busy.value = false;
    }
  }

  return (
    <section class="stack" aria-labelledby="workbook-import-title">
      <h3 id="workbook-import-title">Bring back a filled-in workbook</h3>
      <div class="field">
        <label for="workbook-file">Import answers from a workbook (.xlsx)</label>
        <input
          id="workbook-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy.value}
          aria-describedby="workbook-hint"
          onChange={(event) => void readChosen(event.currentTarget)}
        />
        <p class="hint" id="workbook-hint">
          The workbook exported above, filled in by your client. You see every change before anything is written to this assessment.
        </p>
      </div>
      {error.value && (
        <div class="error import-error" role="alert">
          <p>The workbook was not read, and nothing was changed.</p>
          <pre>{error.value}</pre>
        </div>
      )}
      {preview && (
        <WorkbookChanges
          preview={preview}
          organization={current.organization}
          sameAssessment={preview.source.assessmentId === current.id}
          busy={busy.value}
          onApply={(itemIds) => void apply(itemIds)}
          onCancel={() => (pending.value = undefined)}
        />
      )}
      <p role="status" class="hint">
        {status.value}
      </p>
    </section>
  );
}
