import { useSignal } from '@preact/signals';
import { ConfirmButton } from '../ui/ConfirmButton';
import { useTransfer } from './useTransfer';
import { useWorkspace } from '../workspace/WorkspaceContext';

/** Delete every assessment, after a confirmation, with an undo: deleted assessments stay restorable for a while. */
export function DeleteAllPanel() {
  const workspace = useWorkspace();
  const transfer = useTransfer();
  const deleted = useSignal<string[]>([]);
  const status = useSignal('');
  const count = workspace.assessments.value.length;

  async function deleteAll() {
    try {
      deleted.value = await transfer.deleteAll();
      status.value = `Deleted ${deleted.value.length} assessment${deleted.value.length === 1 ? '' : 's'}.`;
    } catch (error) {
      status.value = `The assessments could not be deleted (${String(error)}). Nothing was changed.`;
    }
  }

  async function undo() {
    if (!(await transfer.undoDeleteAll(deleted.value))) return;
    status.value = `Brought back ${deleted.value.length} assessment${deleted.value.length === 1 ? '' : 's'}.`;
    deleted.value = [];
  }

  return (
    <section class="card stack" aria-labelledby="delete-all-title">
      <h2 id="delete-all-title">Delete all assessments</h2>
      <p class="hint">Deleted assessments can be brought back with Undo; after seven days they may be removed for good.</p>
      <div class="row">
        <ConfirmButton
          label="Delete all assessments"
          question={`Delete all ${count} assessment${count === 1 ? '' : 's'}?`}
          disabled={count === 0}
          onConfirm={() => void deleteAll()}
        />
        {deleted.value.length > 0 && (
          <button type="button" onClick={() => void undo()}>
            Undo delete all
          </button>
        )}
      </div>
      <p role="status" class="hint">
        {status.value}
      </p>
    </section>
  );
}
