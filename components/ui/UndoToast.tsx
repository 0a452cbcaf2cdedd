import { useEffect, useRef } from 'preact/hooks';
import { useWorkspace } from '../workspace/WorkspaceContext';

/** Offers to bring back the assessment deleted last. Focus moves to Undo: the deleted entry took it along. */
export function UndoToast() {
  const workspace = useWorkspace();
  const deleted = workspace.lastDeleted.value;
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (deleted) undo.current?.focus();
  }, [deleted]);
  if (!deleted) return null;
  return (
    <div class="toast" role="status">
      <span>Deleted “{deleted.organization}”.</span>
      <button type="button" ref={undo} onClick={() => void workspace.undoRemove()}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={() => (workspace.lastDeleted.value = undefined)}>
        ×
      </button>
    </div>
  );
}
