import { useWorkspace } from './WorkspaceContext';

/** Offers to bring back the assessment deleted last. */
export function UndoToast() {
  const workspace = useWorkspace();
  const deleted = workspace.lastDeleted.value;
  if (!deleted) return null;
  return (
    <div class="toast" role="status">
      <span>Deleted “{deleted.organization}”.</span>
      <button type="button" onClick={() => void workspace.undoRemove()}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={() => (workspace.lastDeleted.value = undefined)}>
        ×
      </button>
    </div>
  );
}
